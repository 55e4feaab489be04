using ClaimLedger.Internal;
using Newtonsoft.Json;

namespace ClaimLedger.Serialization;

/// <summary>Writes a ledger in the file format, streaming, in a fixed key order; empty and absent values are left out.</summary>
internal static class LedgerWriter
{
    internal static void Write(Ledger ledger, TextWriter text)
    {
        using var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        w.WriteStartObject();
        w.WritePropertyName("format");
        w.WriteValue(LedgerFile.FormatName);
        w.WritePropertyName("version");
        w.WriteValue(LedgerFile.FormatVersion);
        Optional(w, "title", ledger.Title);
        Optional(w, "description", ledger.Description);
        LedgerBatch batch = ledger.ToBatch();
        Array(w, "parties", batch.Parties, WriteParty);
        Array(w, "sources", batch.Sources, WriteSource);
        Array(w, "places", batch.Places, WritePlace);
        Array(w, "predicates", batch.Predicates, WritePredicate);
        Array(w, "incidents", batch.Incidents, WriteIncident);
        Array(w, "claims", batch.Claims, WriteClaim);
        w.WriteEndObject();
        w.Flush();
        text.Write('\n');
    }

    private static void WriteParty(JsonWriter w, Party p)
    {
        w.WriteStartObject();
        Required(w, "id", p.Id.Value);
        Required(w, "name", p.Name);
        Strings(w, "aliases", p.Aliases);
        Ids(w, "aligned", p.AlignedWith, a => a.Value);
        w.WriteEndObject();
    }

    private static void WriteSource(JsonWriter w, Source s)
    {
        w.WriteStartObject();
        Required(w, "id", s.Id.Value);
        Required(w, "name", s.Name);
        Strings(w, "variants", s.NameVariants);
        Required(w, "kind", Kebab.Of(s.Kind));
        Optional(w, "party", s.Party?.Value);
        Optional(w, "reliability", s.Reliability?.ToString());
        Optional(w, "note", s.Note);
        w.WriteEndObject();
    }

    private static void WritePlace(JsonWriter w, Place p)
    {
        w.WriteStartObject();
        Required(w, "id", p.Id.Value);
        Required(w, "name", p.Name);
        Strings(w, "aliases", p.Aliases);
        Optional(w, "kind", p.Kind);
        Optional(w, "parent", p.Parent?.Value);
        if (p.Coordinates is { } c)
        {
            w.WritePropertyName("coordinates");
            w.WriteStartObject();
            w.WritePropertyName("latitude");
            w.WriteValue(c.Latitude);
            w.WritePropertyName("longitude");
            w.WriteValue(c.Longitude);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WritePredicate(JsonWriter w, Predicate p)
    {
        w.WriteStartObject();
        Required(w, "id", p.Id.Value);
        Required(w, "label", p.Label);
        Optional(w, "description", p.Description);
        Required(w, "cardinality", Kebab.Of(p.Cardinality));
        Required(w, "quantity", Kebab.Of(p.Quantity));
        if (p.Counts != CountKind.Event)
        {
            Required(w, "counts", Kebab.Of(p.Counts));
        }

        Optional(w, "sameAs", p.SameAs?.Value);
        Optional(w, "inverseOf", p.InverseOf?.Value);
        Array(w, "opposites", Preconditions.OrEmpty(p.Opposites), (w2, o) =>
        {
            // The short form, a pair of labels, unless the labels have other words.
            if (o.FirstAlso.IsDefaultOrEmpty && o.SecondAlso.IsDefaultOrEmpty && o.FirstEntails.IsDefaultOrEmpty && o.SecondEntails.IsDefaultOrEmpty)
            {
                w2.WriteStartArray();
                w2.WriteValue(o.First);
                w2.WriteValue(o.Second);
                w2.WriteEndArray();
                return;
            }

            w2.WriteStartObject();
            Required(w2, "first", o.First);
            Required(w2, "second", o.Second);
            Array(w2, "firstAlso", o.FirstAlso, (w3, x) => w3.WriteValue(x));
            Array(w2, "secondAlso", o.SecondAlso, (w3, x) => w3.WriteValue(x));
            // Written only when declared, so files with none read as they did before.
            if (!o.FirstEntails.IsDefaultOrEmpty)
            {
                Array(w2, "firstEntails", o.FirstEntails, WriteEntailment);
            }

            if (!o.SecondEntails.IsDefaultOrEmpty)
            {
                Array(w2, "secondEntails", o.SecondEntails, WriteEntailment);
            }

            w2.WriteEndObject();
        });
        Array(w, "entails", Preconditions.OrEmpty(p.Entails), WriteEntailment);
        w.WriteEndObject();
    }

    private static void WriteEntailment(JsonWriter w, Entailment e)
    {
        w.WriteStartObject();
        Required(w, "predicate", e.Predicate.Value);
        w.WritePropertyName("negated");
        w.WriteValue(e.Negated);
        if (e.Subject != EntailedTerm.Subject)
        {
            Required(w, "subject", Kebab.Of(e.Subject));
        }

        if (e.Object != EntailedTerm.Object)
        {
            Required(w, "object", Kebab.Of(e.Object));
        }

        if (e.KeepsQuantity)
        {
            w.WritePropertyName("keepsQuantity");
            w.WriteValue(true);
        }

        if (e.Onward)
        {
            w.WritePropertyName("onward");
            w.WriteValue(true);
        }

        w.WriteEndObject();
    }

    private static void WriteIncident(JsonWriter w, Incident i)
    {
        w.WriteStartObject();
        Required(w, "id", i.Id.Value);
        Required(w, "title", i.Title);
        Optional(w, "when", i.When?.ToString());
        Ids(w, "places", i.Places, p => p.Value);
        Strings(w, "tags", i.Tags);
        Optional(w, "summary", i.Summary);
        Optional(w, "note", i.Note);
        w.WriteEndObject();
    }

    private static void WriteClaim(JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        Required(w, "id", c.Id.Value);
        Required(w, "incident", c.Incident.Value);
        Attribution a = c.Attribution;
        w.WritePropertyName("attribution");
        w.WriteStartObject();
        Required(w, "voice", Kebab.Of(a.Voice));
        Required(w, "speaker", a.Speaker.Value);
        Ids(w, "relays", a.Relays, r => r.Value);
        Optional(w, "stated", a.Stated?.ToString());
        Optional(w, "statedAfter", a.StatedAfter?.Value);
        Optional(w, "quote", a.Quote);
        if (!a.Citations.IsDefaultOrEmpty)
        {
            w.WritePropertyName("citations");
            w.WriteStartArray();
            foreach (Citation citation in a.Citations)
            {
                w.WriteStartObject();
                Optional(w, "url", citation.Url);
                Optional(w, "title", citation.Title);
                Optional(w, "publisher", citation.Publisher);
                Optional(w, "published", citation.Published?.ToString());
                Optional(w, "archiveUrl", citation.ArchiveUrl);
                Optional(w, "accessed", citation.Accessed is { } accessed ? NodaTime.Text.LocalDatePattern.Iso.Format(accessed) : null);
                Optional(w, "section", citation.Section);
                Optional(w, "relay", citation.Relay?.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
        if (a.Withdrawn is { } withdrawn)
        {
            w.WritePropertyName("withdrawn");
            w.WriteStartObject();
            Optional(w, "by", withdrawn.By?.Value);
            Optional(w, "when", withdrawn.When?.ToString());
            Optional(w, "how", withdrawn.How);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        Proposition p = c.Proposition;
        w.WritePropertyName("proposition");
        w.WriteStartObject();
        Required(w, "subject", p.Subject.ToString());
        Required(w, "predicate", p.Predicate.Value);
        Optional(w, "object", p.Object?.ToString());
        Optional(w, "place", p.Place?.Value);
        Optional(w, "time", p.Time?.ToString());
        w.WriteEndObject();
        Required(w, "stance", Kebab.Of(c.Stance));
        Optional(w, "quantity", c.Quantity?.ToString());
        Optional(w, "asOf", c.AsOf?.ToString());
        if (c.Modality != ClaimModality.Firm)
        {
            Required(w, "modality", Kebab.Of(c.Modality));
        }

        Optional(w, "hedge", c.Hedge);
        Optional(w, "partOf", c.PartOf?.Value);
        if (c.Credibility is { } credibility)
        {
            w.WritePropertyName("credibility");
            w.WriteValue((int)credibility);
        }

        Optional(w, "note", c.Note);
        w.WriteEndObject();
    }

    private static void Array<T>(JsonWriter w, string name, ImmutableArray<T> items, Action<JsonWriter, T> write)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (T item in Preconditions.OrEmpty(items))
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    // Ids written as strings, without an enumerator or a copy: every claim has relays to look at.
    private static void Ids<TId>(JsonWriter w, string name, ImmutableArray<TId> ids, Func<TId, string> text)
    {
        if (ids.IsDefaultOrEmpty)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (TId id in ids)
        {
            w.WriteValue(text(id));
        }

        w.WriteEndArray();
    }

    private static void Strings(JsonWriter w, string name, IEnumerable<string> values)
    {
        if (values is ImmutableArray<string> { IsDefault: true })
        {
            return;
        }

        var list = values as IReadOnlyCollection<string> ?? [.. values];
        if (list.Count == 0)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (string value in list)
        {
            w.WriteValue(value);
        }

        w.WriteEndArray();
    }

    private static void Required(JsonWriter w, string name, string value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private static void Optional(JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WritePropertyName(name);
            w.WriteValue(value);
        }
    }
}
