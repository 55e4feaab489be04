using Newtonsoft.Json;
using ClaimLedger.Credibility;
using ClaimLedger.Validation;

namespace ClaimLedger.Serialization;

/// <summary>The readers of each kind of item. Each is called after the item's opening brace and reads to its end.</summary>
internal sealed partial class LedgerReader
{
    private Party? ReadParty(string path)
    {
        string? id = null, name = null;
        ImmutableArray<string> aliases = [];
        ImmutableArray<PartyId> aligned = [];
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId($"{path}.id"); return true;
                case "name": name = ReadString($"{path}.name"); return true;
                case "aliases": aliases = ReadStrings($"{path}.aliases"); return true;
                case "aligned": aligned = ReadIds($"{path}.aligned", s => new PartyId(s)); return true;
                default: return false;
            }
        });
        if (Required($"{path}.id", id) is null | Required($"{path}.name", name) is null)
        {
            return null;
        }

        return new Party(id!, name!) { Aliases = aliases, AlignedWith = aligned };
    }

    private Source? ReadSource(string path)
    {
        string? id = null, name = null, party = null, note = null, reliability = null;
        SourceKind? kind = null;
        ImmutableArray<string> variants = [];
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId($"{path}.id"); return true;
                case "name": name = ReadString($"{path}.name"); return true;
                case "variants": variants = ReadStrings($"{path}.variants"); return true;
                case "kind": kind = ReadEnum<SourceKind>($"{path}.kind"); return true;
                case "party": party = ReadId($"{path}.party"); return true;
                case "reliability": reliability = ReadString($"{path}.reliability"); return true;
                case "note": note = ReadString($"{path}.note"); return true;
                default: return false;
            }
        });
        ReliabilityGrade? grade = null;
        if (reliability is not null)
        {
            if (reliability.Length == 1 && reliability[0] is >= 'A' and <= 'F')
            {
                grade = (ReliabilityGrade)(reliability[0] - 'A' + 1);
            }
            else
            {
                Add($"{path}.reliability", ErrorCodes.InvalidValue, $"'{reliability}' is not a reliability grade: expected one letter from A to F", reliability);
            }
        }

        if (Required($"{path}.id", id) is null | Required($"{path}.name", name) is null)
        {
            return null;
        }

        return new Source(id!, name!, kind ?? SourceKind.Unknown)
        {
            NameVariants = variants,
            Party = party is null ? (PartyId?)null : new PartyId(party),
            Reliability = grade,
            Note = note,
        };
    }

    private Place? ReadPlace(string path)
    {
        string? id = null, name = null, kind = null, parent = null;
        ImmutableArray<string> aliases = [];
        GeoCoordinates? coordinates = null;
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId($"{path}.id"); return true;
                case "name": name = ReadString($"{path}.name"); return true;
                case "aliases": aliases = ReadStrings($"{path}.aliases"); return true;
                case "kind": kind = ReadString($"{path}.kind"); return true;
                case "parent": parent = ReadId($"{path}.parent"); return true;
                case "coordinates":
                    double? latitude = null, longitude = null;
                    bool present = ReadObject($"{path}.coordinates", c =>
                    {
                        switch (c)
                        {
                            case "latitude": latitude = ReadNumber($"{path}.coordinates.latitude", -90, 90); return true;
                            case "longitude": longitude = ReadNumber($"{path}.coordinates.longitude", -180, 180); return true;
                            default: return false;
                        }
                    });
                    if (present && latitude is { } lat && longitude is { } lon)
                    {
                        coordinates = new GeoCoordinates(lat, lon);
                    }
                    else if (present && !_problems.Any(x => x.Path.StartsWith($"{path}.coordinates", StringComparison.Ordinal)))
                    {
                        Add($"{path}.coordinates", ErrorCodes.Required, "coordinates need both 'latitude' and 'longitude'");
                    }

                    return true;
                default: return false;
            }
        });
        if (Required($"{path}.id", id) is null | Required($"{path}.name", name) is null)
        {
            return null;
        }

        return new Place(id!, name!) { Aliases = aliases, Kind = kind, Parent = parent is null ? (PlaceId?)null : new PlaceId(parent), Coordinates = coordinates };
    }

    private Predicate? ReadPredicate(string path)
    {
        string? id = null, label = null, description = null;
        PredicateCardinality? cardinality = null;
        QuantityUse? quantity = null;
        var opposites = ImmutableArray.CreateBuilder<OppositeLabels>();
        var entails = ImmutableArray.CreateBuilder<Entailment>();
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId($"{path}.id"); return true;
                case "label": label = ReadString($"{path}.label"); return true;
                case "description": description = ReadString($"{path}.description"); return true;
                case "cardinality": cardinality = ReadEnum<PredicateCardinality>($"{path}.cardinality"); return true;
                case "quantity": quantity = ReadEnum<QuantityUse>($"{path}.quantity"); return true;
                case "opposites":
                    ReadList($"{path}.opposites", itemPath =>
                    {
                        ImmutableArray<string> pair = ReadStrings(itemPath);
                        if (pair.Length == 2)
                        {
                            opposites.Add(new OppositeLabels(pair[0], pair[1]));
                        }
                        else
                        {
                            Add(itemPath, ErrorCodes.InvalidValue, $"an opposite pair needs exactly two labels, but has {pair.Length}");
                        }
                    });
                    return true;
                case "entails":
                    ReadList($"{path}.entails", itemPath =>
                    {
                        string? predicate = null;
                        bool negated = false;
                        if (ReadObject(itemPath, e =>
                        {
                            switch (e)
                            {
                                case "predicate": predicate = ReadId($"{itemPath}.predicate"); return true;
                                case "negated": negated = ReadBoolean($"{itemPath}.negated") ?? false; return true;
                                default: return false;
                            }
                        }) && Required($"{itemPath}.predicate", predicate) is not null)
                        {
                            entails.Add(new Entailment(predicate!, negated));
                        }
                    });
                    return true;
                default: return false;
            }
        });
        if (Required($"{path}.id", id) is null | Required($"{path}.label", label) is null)
        {
            return null;
        }

        return new Predicate(id!, label!)
        {
            Description = description,
            Cardinality = cardinality ?? PredicateCardinality.Many,
            Quantity = quantity ?? QuantityUse.None,
            Opposites = opposites.ToImmutable(),
            Entails = entails.ToImmutable(),
        };
    }

    private Incident? ReadIncident(string path)
    {
        string? id = null, title = null, summary = null, note = null;
        FuzzyDate? when = null;
        ImmutableArray<PlaceId> places = [];
        ImmutableArray<string> tags = [];
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId($"{path}.id"); return true;
                case "title": title = ReadString($"{path}.title"); return true;
                case "when": when = ReadDate($"{path}.when"); return true;
                case "places": places = ReadIds($"{path}.places", s => new PlaceId(s)); return true;
                case "tags": tags = ReadStrings($"{path}.tags"); return true;
                case "summary": summary = ReadString($"{path}.summary"); return true;
                case "note": note = ReadString($"{path}.note"); return true;
                default: return false;
            }
        });
        if (Required($"{path}.id", id) is null | Required($"{path}.title", title) is null)
        {
            return null;
        }

        return new Incident(id!, title!) { When = when, Places = places, Tags = tags, Summary = summary, Note = note };
    }

    private Claim? ReadClaim(string path)
    {
        string? id = null, incident = null, note = null;
        Attribution? attribution = null;
        Proposition? proposition = null;
        Stance? stance = null;
        Quantity? quantity = null;
        CredibilityGrade? credibility = null;
        bool hasAttribution = false, hasProposition = false;
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId($"{path}.id"); return true;
                case "incident": incident = ReadId($"{path}.incident"); return true;
                case "attribution": hasAttribution = true; attribution = ReadAttribution($"{path}.attribution"); return true;
                case "proposition": hasProposition = true; proposition = ReadProposition($"{path}.proposition"); return true;
                case "stance": stance = ReadEnum<Stance>($"{path}.stance"); return true;
                case "quantity": quantity = ReadQuantity($"{path}.quantity"); return true;
                case "credibility":
                    double? grade = ReadNumber($"{path}.credibility", 1, 6);
                    if (grade is { } g && g == Math.Floor(g))
                    {
                        credibility = (CredibilityGrade)(int)g;
                    }
                    else if (grade is not null)
                    {
                        Add($"{path}.credibility", ErrorCodes.InvalidValue, $"{grade} is not a credibility grade: expected a whole number from 1 to 6");
                    }

                    return true;
                case "note": note = ReadString($"{path}.note"); return true;
                default: return false;
            }
        });
        bool missing = Required($"{path}.id", id) is null
            | Required($"{path}.incident", incident) is null
            | (!hasAttribution && Required<Attribution>($"{path}.attribution", null) is null)
            | (!hasProposition && Required<Proposition>($"{path}.proposition", null) is null);
        if (missing || attribution is null || proposition is null)
        {
            return null;
        }

        return new Claim(id!, incident!, attribution, proposition, stance ?? Stance.Affirms)
        {
            Quantity = quantity,
            Credibility = credibility,
            Note = note,
        };
    }

    private Attribution? ReadAttribution(string path)
    {
        string? speaker = null, statedAfter = null, quote = null, citation = null;
        AttributionVoice? voice = null;
        FuzzyDate? stated = null;
        ImmutableArray<SourceId> relays = [];
        bool present = ReadObject(path, p =>
        {
            switch (p)
            {
                case "voice": voice = ReadEnum<AttributionVoice>($"{path}.voice"); return true;
                case "speaker": speaker = ReadId($"{path}.speaker"); return true;
                case "relays": relays = ReadIds($"{path}.relays", s => new SourceId(s)); return true;
                case "stated": stated = ReadDate($"{path}.stated"); return true;
                case "statedAfter": statedAfter = ReadId($"{path}.statedAfter"); return true;
                case "quote": quote = ReadString($"{path}.quote"); return true;
                case "citation": citation = ReadString($"{path}.citation"); return true;
                default: return false;
            }
        });
        if (!present || Required($"{path}.speaker", speaker) is null)
        {
            return null;
        }

        return new Attribution(speaker!)
        {
            Voice = voice ?? AttributionVoice.Attributed,
            Relays = relays,
            Stated = stated,
            StatedAfter = statedAfter is null ? (ClaimId?)null : new ClaimId(statedAfter),
            Quote = quote,
            Citation = citation,
        };
    }

    private Proposition? ReadProposition(string path)
    {
        Term? subject = null, @object = null;
        string? predicate = null, place = null;
        FuzzyDate? time = null;
        bool present = ReadObject(path, p =>
        {
            switch (p)
            {
                case "subject": subject = ReadTerm($"{path}.subject"); return true;
                case "predicate": predicate = ReadId($"{path}.predicate"); return true;
                case "object": @object = ReadTerm($"{path}.object"); return true;
                case "place": place = ReadId($"{path}.place"); return true;
                case "time": time = ReadDate($"{path}.time"); return true;
                default: return false;
            }
        });
        if (!present || Required($"{path}.subject", subject) is null | Required($"{path}.predicate", predicate) is null)
        {
            return null;
        }

        return new Proposition(subject!, predicate!, @object) { Place = place is null ? (PlaceId?)null : new PlaceId(place), Time = time };
    }

    private void ReadList(string path, Action<string> readItem)
    {
        if (!Next(path) || _r.TokenType == JsonToken.Null)
        {
            return;
        }

        if (_r.TokenType != JsonToken.StartArray)
        {
            Mismatch(path, "an array");
            return;
        }

        for (int i = 0; ; i++)
        {
            // Peek by reading: each item reader expects to read its own first token.
            if (!_r.Read())
            {
                throw Fail(path, ErrorCodes.Syntax, "the document ends early: it is truncated or not closed");
            }

            if (_r.TokenType == JsonToken.EndArray)
            {
                return;
            }

            _pushedBack = true;
            readItem($"{path}[{i}]");
        }
    }
}
