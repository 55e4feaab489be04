using Newtonsoft.Json;

namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>
/// The ledger file as plain data: strings, numbers and lists with the file's field names, no domain types and no
/// checks. Deserialising into it with Newtonsoft.Json is the floor for loading a ledger.
/// </summary>
public sealed class LedgerFileDto
{
    /// <summary>Gets or sets the format name.</summary>
    public string? Format { get; set; }

    /// <summary>Gets or sets the format version.</summary>
    public int Version { get; set; }

    /// <summary>Gets or sets the title.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the parties.</summary>
    public List<PartyDto> Parties { get; set; } = [];

    /// <summary>Gets or sets the sources.</summary>
    public List<SourceDto> Sources { get; set; } = [];

    /// <summary>Gets or sets the places.</summary>
    public List<PlaceDto> Places { get; set; } = [];

    /// <summary>Gets or sets the predicates.</summary>
    public List<PredicateDto> Predicates { get; set; } = [];

    /// <summary>Gets or sets the incidents.</summary>
    public List<IncidentDto> Incidents { get; set; } = [];

    /// <summary>Gets or sets the claims.</summary>
    public List<ClaimDto> Claims { get; set; } = [];

    /// <summary>Parses a file with a plain <see cref="JsonSerializer"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The data.</returns>
    public static LedgerFileDto Load(string path)
    {
        using var reader = new StreamReader(File.OpenRead(path), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var json = new JsonTextReader(reader);
        return JsonSerializer.CreateDefault().Deserialize<LedgerFileDto>(json)!;
    }
}

/// <summary>A party as plain data.</summary>
public sealed class PartyDto
{
    /// <summary>Gets or sets the id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the aliases.</summary>
    public List<string>? Aliases { get; set; }

    /// <summary>Gets or sets the aligned parties.</summary>
    public List<string>? Aligned { get; set; }
}

/// <summary>A source as plain data.</summary>
public sealed class SourceDto
{
    /// <summary>Gets or sets the id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the name variants.</summary>
    public List<string>? Variants { get; set; }

    /// <summary>Gets or sets the kind.</summary>
    public string? Kind { get; set; }

    /// <summary>Gets or sets the party.</summary>
    public string? Party { get; set; }

    /// <summary>Gets or sets the reliability grade.</summary>
    public string? Reliability { get; set; }

    /// <summary>Gets or sets the note.</summary>
    public string? Note { get; set; }
}

/// <summary>A place as plain data.</summary>
public sealed class PlaceDto
{
    /// <summary>Gets or sets the id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the aliases.</summary>
    public List<string>? Aliases { get; set; }

    /// <summary>Gets or sets the kind.</summary>
    public string? Kind { get; set; }

    /// <summary>Gets or sets the parent.</summary>
    public string? Parent { get; set; }

    /// <summary>Gets or sets the coordinates.</summary>
    public Dictionary<string, double>? Coordinates { get; set; }
}

/// <summary>A predicate as plain data.</summary>
public sealed class PredicateDto
{
    /// <summary>Gets or sets the id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the label.</summary>
    public string? Label { get; set; }

    /// <summary>Gets or sets the description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the cardinality.</summary>
    public string? Cardinality { get; set; }

    /// <summary>Gets or sets the quantity use.</summary>
    public string? Quantity { get; set; }

    /// <summary>Gets or sets the opposite labels.</summary>
    public List<List<string>>? Opposites { get; set; }

    /// <summary>Gets or sets the entailments.</summary>
    public List<Dictionary<string, object>>? Entails { get; set; }
}

/// <summary>An incident as plain data.</summary>
public sealed class IncidentDto
{
    /// <summary>Gets or sets the id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the title.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the time, as written.</summary>
    public string? When { get; set; }

    /// <summary>Gets or sets the places.</summary>
    public List<string>? Places { get; set; }

    /// <summary>Gets or sets the tags.</summary>
    public List<string>? Tags { get; set; }

    /// <summary>Gets or sets the summary.</summary>
    public string? Summary { get; set; }

    /// <summary>Gets or sets the note.</summary>
    public string? Note { get; set; }
}

/// <summary>A claim as plain data.</summary>
public sealed class ClaimDto
{
    /// <summary>Gets or sets the id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the incident.</summary>
    public string? Incident { get; set; }

    /// <summary>Gets or sets the attribution.</summary>
    public AttributionDto? Attribution { get; set; }

    /// <summary>Gets or sets the proposition.</summary>
    public PropositionDto? Proposition { get; set; }

    /// <summary>Gets or sets the stance.</summary>
    public string? Stance { get; set; }

    /// <summary>Gets or sets the quantity, as written.</summary>
    public string? Quantity { get; set; }

    /// <summary>Gets or sets the credibility grade.</summary>
    public int? Credibility { get; set; }

    /// <summary>Gets or sets the note.</summary>
    public string? Note { get; set; }
}

/// <summary>An attribution as plain data.</summary>
public sealed class AttributionDto
{
    /// <summary>Gets or sets the voice.</summary>
    public string? Voice { get; set; }

    /// <summary>Gets or sets the speaker.</summary>
    public string? Speaker { get; set; }

    /// <summary>Gets or sets the relays.</summary>
    public List<string>? Relays { get; set; }

    /// <summary>Gets or sets when it was stated, as written.</summary>
    public string? Stated { get; set; }

    /// <summary>Gets or sets the claim it was stated after.</summary>
    public string? StatedAfter { get; set; }

    /// <summary>Gets or sets the quote.</summary>
    public string? Quote { get; set; }

    /// <summary>Gets or sets the citation.</summary>
    public string? Citation { get; set; }
}

/// <summary>A proposition as plain data.</summary>
public sealed class PropositionDto
{
    /// <summary>Gets or sets the subject term, as written.</summary>
    public string? Subject { get; set; }

    /// <summary>Gets or sets the predicate.</summary>
    public string? Predicate { get; set; }

    /// <summary>Gets or sets the object term, as written.</summary>
    public string? Object { get; set; }

    /// <summary>Gets or sets the place.</summary>
    public string? Place { get; set; }

    /// <summary>Gets or sets the time, as written.</summary>
    public string? Time { get; set; }
}
