using ClaimLedger.Credibility;
using ClaimLedger.Validation;

namespace ClaimLedger.Serialization;

/// <summary>The readers of each kind of item. Each is called after the item's opening brace and reads to its end.</summary>
internal sealed partial class LedgerReader
{
    private Party? ReadParty(JsonPath path)
    {
        string? id = null, name = null;
        ImmutableArray<string> aliases = [];
        ImmutableArray<PartyId> aligned = [];
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId(path.Child("id")); return true;
                case "name": name = ReadString(path.Child("name")); return true;
                case "aliases": aliases = ReadStrings(path.Child("aliases")); return true;
                case "aligned": aligned = ReadIds(path.Child("aligned"), s => new PartyId(s)); return true;
                default: return false;
            }
        });
        if (Required(path.Child("id"), id) is null | Required(path.Child("name"), name) is null)
        {
            return null;
        }

        return new Party(id!, name!) { Aliases = aliases, AlignedWith = aligned };
    }

    private Source? ReadSource(JsonPath path)
    {
        string? id = null, name = null, party = null, note = null, reliability = null;
        SourceKind? kind = null;
        ImmutableArray<string> variants = [];
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId(path.Child("id")); return true;
                case "name": name = ReadString(path.Child("name")); return true;
                case "variants": variants = ReadStrings(path.Child("variants")); return true;
                case "kind": kind = ReadEnum<SourceKind>(path.Child("kind")); return true;
                case "party": party = ReadId(path.Child("party")); return true;
                case "reliability": reliability = ReadString(path.Child("reliability")); return true;
                case "note": note = ReadString(path.Child("note")); return true;
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
                Add(path.Child("reliability"), ErrorCodes.InvalidValue, LedgerFileErrors.BadReliability(reliability), reliability);
            }
        }

        if (Required(path.Child("id"), id) is null | Required(path.Child("name"), name) is null)
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

    private Place? ReadPlace(JsonPath path)
    {
        string? id = null, name = null, kind = null, parent = null;
        ImmutableArray<string> aliases = [];
        GeoCoordinates? coordinates = null;
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId(path.Child("id")); return true;
                case "name": name = ReadString(path.Child("name")); return true;
                case "aliases": aliases = ReadStrings(path.Child("aliases")); return true;
                case "kind": kind = ReadString(path.Child("kind")); return true;
                case "parent": parent = ReadId(path.Child("parent")); return true;
                case "coordinates":
                    double? latitude = null, longitude = null;
                    int problemsBefore = _problemCount;
                    bool present = ReadObject(path.Child("coordinates"), c =>
                    {
                        switch (c)
                        {
                            case "latitude": latitude = ReadNumber(path.Child("coordinates").Child("latitude"), -90, 90); return true;
                            case "longitude": longitude = ReadNumber(path.Child("coordinates").Child("longitude"), -180, 180); return true;
                            default: return false;
                        }
                    });
                    if (present && latitude is { } lat && longitude is { } lon)
                    {
                        coordinates = new GeoCoordinates(lat, lon);
                    }
                    else if (present && _problemCount == problemsBefore)
                    {
                        // Only when neither number had a problem of its own: one complaint per mistake.
                        Add(path.Child("coordinates"), ErrorCodes.Required, LedgerFileErrors.CoordinatesNeedBoth);
                    }

                    return true;
                default: return false;
            }
        });
        if (Required(path.Child("id"), id) is null | Required(path.Child("name"), name) is null)
        {
            return null;
        }

        return new Place(id!, name!) { Aliases = aliases, Kind = kind, Parent = parent is null ? (PlaceId?)null : new PlaceId(parent), Coordinates = coordinates };
    }

    private Predicate? ReadPredicate(JsonPath path)
    {
        string? id = null, label = null, description = null, sameAs = null, inverseOf = null;
        PredicateCardinality? cardinality = null;
        QuantityUse? quantity = null;
        CountKind? counts = null;
        var opposites = ImmutableArray.CreateBuilder<OppositeLabels>();
        var entails = ImmutableArray.CreateBuilder<Entailment>();
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId(path.Child("id")); return true;
                case "label": label = ReadString(path.Child("label")); return true;
                case "description": description = ReadString(path.Child("description")); return true;
                case "cardinality": cardinality = ReadEnum<PredicateCardinality>(path.Child("cardinality")); return true;
                case "quantity": quantity = ReadEnum<QuantityUse>(path.Child("quantity")); return true;
                case "counts": counts = ReadEnum<CountKind>(path.Child("counts")); return true;
                case "sameAs": sameAs = ReadId(path.Child("sameAs")); return true;
                case "inverseOf": inverseOf = ReadId(path.Child("inverseOf")); return true;
                case "opposites":
                    ReadList(path.Child("opposites"), itemPath =>
                    {
                        if (_r.TokenType == JsonTokenKind.StartObject)
                        {
                            if (ReadOpposites(itemPath) is { } labels)
                            {
                                opposites.Add(labels);
                            }

                            return;
                        }

                        ImmutableArray<string> pair = ReadStrings(itemPath);
                        if (pair.Length == 2)
                        {
                            opposites.Add(new OppositeLabels(pair[0], pair[1]));
                        }
                        else
                        {
                            Add(itemPath, ErrorCodes.InvalidValue, LedgerFileErrors.BadOppositePair(pair.Length));
                        }
                    });
                    return true;
                case "entails":
                    entails.AddRange(ReadEntailments(path.Child("entails")));
                    return true;
                default: return false;
            }
        });
        if (Required(path.Child("id"), id) is null | Required(path.Child("label"), label) is null)
        {
            return null;
        }

        return new Predicate(id!, label!)
        {
            Description = description,
            Cardinality = cardinality ?? PredicateCardinality.Many,
            Quantity = quantity ?? QuantityUse.None,
            Counts = counts ?? CountKind.Event,
            Opposites = opposites.ToImmutable(),
            Entails = entails.ToImmutable(),
            SameAs = sameAs is null ? (PredicateId?)null : new PredicateId(sameAs),
            InverseOf = inverseOf is null ? (PredicateId?)null : new PredicateId(inverseOf),
        };
    }

    // A list of entailments, of a predicate or of a pole of its opposite labels.
    private ImmutableArray<Entailment> ReadEntailments(JsonPath path)
    {
        var entails = ImmutableArray.CreateBuilder<Entailment>();
        ReadList(path, itemPath =>
        {
            string? predicate = null;
            bool negated = false, keepsQuantity = false, onward = false;
            EntailedTerm? subject = null, @object = null;
            if (ReadObject(itemPath, e =>
            {
                switch (e)
                {
                    case "predicate": predicate = ReadId(itemPath.Child("predicate")); return true;
                    case "negated": negated = ReadBoolean(itemPath.Child("negated")) ?? false; return true;
                    case "subject": subject = ReadEnum<EntailedTerm>(itemPath.Child("subject")); return true;
                    case "object": @object = ReadEnum<EntailedTerm>(itemPath.Child("object")); return true;
                    case "keepsQuantity": keepsQuantity = ReadBoolean(itemPath.Child("keepsQuantity")) ?? false; return true;
                    case "onward": onward = ReadBoolean(itemPath.Child("onward")) ?? false; return true;
                    default: return false;
                }
            }) && Required(itemPath.Child("predicate"), predicate) is not null)
            {
                entails.Add(new Entailment(predicate!, negated) { Subject = subject ?? EntailedTerm.Subject, Object = @object ?? EntailedTerm.Object, KeepsQuantity = keepsQuantity, Onward = onward });
            }
        });
        return entails.ToImmutable();
    }

    private OppositeLabels? ReadOpposites(JsonPath path)
    {
        string? first = null, second = null;
        ImmutableArray<string> firstAlso = [], secondAlso = [];
        ImmutableArray<Entailment> firstEntails = [], secondEntails = [];
        ReadObject(path, p =>
        {
            switch (p)
            {
                case "first": first = ReadString(path.Child("first")); return true;
                case "second": second = ReadString(path.Child("second")); return true;
                case "firstAlso": firstAlso = ReadStrings(path.Child("firstAlso")); return true;
                case "secondAlso": secondAlso = ReadStrings(path.Child("secondAlso")); return true;
                case "firstEntails": firstEntails = ReadEntailments(path.Child("firstEntails")); return true;
                case "secondEntails": secondEntails = ReadEntailments(path.Child("secondEntails")); return true;
                default: return false;
            }
        });
        if (Required(path.Child("first"), first) is null | Required(path.Child("second"), second) is null)
        {
            return null;
        }

        return new OppositeLabels(first!, second!) { FirstAlso = firstAlso, SecondAlso = secondAlso, FirstEntails = firstEntails, SecondEntails = secondEntails };
    }

    private Incident? ReadIncident(JsonPath path)
    {
        string? id = null, title = null, summary = null, note = null;
        FuzzyDate? when = null;
        ImmutableArray<PlaceId> places = [];
        ImmutableArray<string> tags = [];
        ReadProperties(path, p =>
        {
            switch (p)
            {
                case "id": id = ReadId(path.Child("id")); return true;
                case "title": title = ReadString(path.Child("title")); return true;
                case "when": when = ReadDate(path.Child("when")); return true;
                case "places": places = ReadIds(path.Child("places"), s => new PlaceId(s)); return true;
                case "tags": tags = ReadStrings(path.Child("tags")); return true;
                case "summary": summary = ReadString(path.Child("summary")); return true;
                case "note": note = ReadString(path.Child("note")); return true;
                default: return false;
            }
        });
        if (Required(path.Child("id"), id) is null | Required(path.Child("title"), title) is null)
        {
            return null;
        }

        return new Incident(id!, title!) { When = when, Places = places, Tags = tags, Summary = summary, Note = note };
    }

    private Claim? ReadClaim(JsonPath path)
    {
        string? id = null, incident = null, note = null, hedge = null, partOf = null;
        Attribution? attribution = null;
        Proposition? proposition = null;
        Stance? stance = null;
        Quantity? quantity = null;
        FuzzyDate? asOf = null;
        ClaimModality? modality = null;
        CredibilityGrade? credibility = null;
        bool hasAttribution = false, hasProposition = false;
        while (NextProperty(path, out string p))
        {
            switch (p)
            {
                case "id": id = ReadId(path.Child("id"), share: false); break;
                case "incident": incident = ReadId(path.Child("incident")); break;
                case "attribution": hasAttribution = true; attribution = ReadAttribution(path.Child("attribution")); break;
                case "proposition": hasProposition = true; proposition = ReadProposition(path.Child("proposition")); break;
                case "stance": stance = ReadEnum<Stance>(path.Child("stance")); break;
                case "quantity": quantity = ReadQuantity(path.Child("quantity")); break;
                case "asOf": asOf = ReadDate(path.Child("asOf")); break;
                case "modality": modality = ReadEnum<ClaimModality>(path.Child("modality")); break;
                case "hedge": hedge = ReadString(path.Child("hedge"), share: true); break;
                case "partOf": partOf = ReadId(path.Child("partOf")); break;
                case "credibility":
                    double? grade = ReadNumber(path.Child("credibility"), 1, 6);
                    if (grade is { } g && g == Math.Floor(g))
                    {
                        credibility = (CredibilityGrade)(int)g;
                    }
                    else if (grade is not null)
                    {
                        Add(path.Child("credibility"), ErrorCodes.InvalidValue, LedgerFileErrors.BadCredibility(_r.NumberText), _r.NumberText);
                    }

                    break;
                case "note": note = ReadString(path.Child("note")); break;
                default: SkipUnknown(path, p); break;
            }
        }
        bool missing = Required(path.Child("id"), id) is null
            | Required(path.Child("incident"), incident) is null
            | (!hasAttribution && Required<Attribution>(path.Child("attribution"), null) is null)
            | (!hasProposition && Required<Proposition>(path.Child("proposition"), null) is null);
        if (missing || attribution is null || proposition is null)
        {
            return null;
        }

        return new Claim(id!, incident!, attribution, proposition, stance ?? Stance.Affirms)
        {
            Quantity = quantity,
            AsOf = asOf,
            Modality = modality ?? ClaimModality.Firm,
            Hedge = hedge,
            PartOf = partOf is null ? (ClaimId?)null : new ClaimId(partOf),
            Credibility = credibility,
            Note = note,
        };
    }

    private Withdrawal? ReadWithdrawal(JsonPath path)
    {
        string? by = null, how = null;
        FuzzyDate? when = null;
        bool present = ReadObject(path, p =>
        {
            switch (p)
            {
                case "by": by = ReadId(path.Child("by")); return true;
                case "when": when = ReadDate(path.Child("when")); return true;
                case "how": how = ReadString(path.Child("how")); return true;
                default: return false;
            }
        });
        return present ? new Withdrawal { By = by is null ? (SourceId?)null : new SourceId(by), When = when, How = how } : null;
    }

    private Citation? ReadCitation(JsonPath path)
    {
        string? url = null, title = null, publisher = null, archiveUrl = null, section = null, relay = null;
        FuzzyDate? published = null;
        LocalDate? accessed = null;
        bool present = ReadObject(path, p =>
        {
            switch (p)
            {
                case "url": url = ReadString(path.Child("url"), share: true); return true;
                case "title": title = ReadString(path.Child("title"), share: true); return true;
                case "publisher": publisher = ReadString(path.Child("publisher"), share: true); return true;
                case "published": published = ReadDate(path.Child("published")); return true;
                case "archiveUrl": archiveUrl = ReadString(path.Child("archiveUrl")); return true;
                case "accessed": accessed = ReadIsoDate(path.Child("accessed")); return true;
                case "section": section = ReadString(path.Child("section"), share: true); return true;
                case "relay": relay = ReadId(path.Child("relay")); return true;
                default: return false;
            }
        });
        return present
            ? new Citation
            {
                Url = url,
                Title = title,
                Publisher = publisher,
                Published = published,
                ArchiveUrl = archiveUrl,
                Accessed = accessed,
                Section = section,
                Relay = relay is null ? (SourceId?)null : new SourceId(relay),
            }
            : null;
    }

    private LocalDate? ReadIsoDate(JsonPath path)
    {
        string? text = ReadString(path);
        if (text is null)
        {
            return null;
        }

        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Add(path, ErrorCodes.InvalidDate, LedgerFileErrors.NotIsoDate(text), text);
        return null;
    }

    private Attribution? ReadAttribution(JsonPath path)
    {
        string? speaker = null, statedAfter = null, quote = null;
        ImmutableArray<Citation>.Builder? citations = null;
        Withdrawal? withdrawn = null;
        AttributionVoice? voice = null;
        FuzzyDate? stated = null;
        ImmutableArray<SourceId> relays = [];
        bool present = StartObject(path);
        while (present && NextProperty(path, out string p))
        {
            switch (p)
            {
                case "voice": voice = ReadEnum<AttributionVoice>(path.Child("voice")); break;
                case "speaker": speaker = ReadId(path.Child("speaker")); break;
                case "relays": relays = ReadIds(path.Child("relays"), s => new SourceId(s)); break;
                case "stated": stated = ReadDate(path.Child("stated")); break;
                case "statedAfter": statedAfter = ReadId(path.Child("statedAfter")); break;
                case "quote": quote = ReadString(path.Child("quote"), share: true); break;
                case "citation":
                    // Versions 1 and 2 wrote one free string; it is read as one citation, a web address or a title.
                    if (ReadString(path.Child("citation")) is { } legacy)
                    {
                        (citations ??= ImmutableArray.CreateBuilder<Citation>()).Add(Citation.IsWebAddress(legacy) ? new Citation { Url = legacy } : new Citation { Title = legacy });
                    }

                    break;
                case "citations": citations = ReadCitations(path.Child("citations"), citations); break;
                case "withdrawn": withdrawn = ReadWithdrawal(path.Child("withdrawn")); break;
                default: SkipUnknown(path, p); break;
            }
        }
        if (!present || Required(path.Child("speaker"), speaker) is null)
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
            Citations = citations is null ? [] : citations.ToImmutable(),
            Withdrawn = withdrawn,
        };
    }

    private ImmutableArray<Citation>.Builder? ReadCitations(JsonPath path, ImmutableArray<Citation>.Builder? citations)
    {
        ReadList(path, itemPath =>
        {
            if (ReadCitation(itemPath) is { } citation)
            {
                (citations ??= ImmutableArray.CreateBuilder<Citation>()).Add(citation);
            }
        });
        return citations;
    }

    private Proposition? ReadProposition(JsonPath path)
    {
        Term? subject = null, @object = null;
        string? predicate = null, place = null;
        FuzzyDate? time = null;
        bool present = StartObject(path);
        while (present && NextProperty(path, out string p))
        {
            switch (p)
            {
                case "subject": subject = ReadTerm(path.Child("subject")); break;
                case "predicate": predicate = ReadId(path.Child("predicate")); break;
                case "object": @object = ReadTerm(path.Child("object")); break;
                case "place": place = ReadId(path.Child("place")); break;
                case "time": time = ReadDate(path.Child("time")); break;
                default: SkipUnknown(path, p); break;
            }
        }
        if (!present || Required(path.Child("subject"), subject) is null | Required(path.Child("predicate"), predicate) is null)
        {
            return null;
        }

        return new Proposition(subject!, predicate!, @object) { Place = place is null ? (PlaceId?)null : new PlaceId(place), Time = time };
    }

    private void ReadList(JsonPath path, Action<JsonPath> readItem)
    {
        if (!Next(path) || _r.TokenType == JsonTokenKind.Null)
        {
            return;
        }

        if (_r.TokenType != JsonTokenKind.StartArray)
        {
            Mismatch(path, "an array");
            return;
        }

        for (int i = 0; ; i++)
        {
            // Peek by reading: each item reader expects to read its own first token.
            if (!_r.Read())
            {
                throw Fail(path, ErrorCodes.Syntax, LedgerFileErrors.EndsEarly);
            }

            if (_r.TokenType == JsonTokenKind.EndArray)
            {
                return;
            }

            _pushedBack = true;
            readItem(path.At(i));
        }
    }
}
