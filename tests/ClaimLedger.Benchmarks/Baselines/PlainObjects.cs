using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ClaimLedger.Benchmarks.Baselines;

/// <summary>
/// The floors for building and saving: allocating the objects a batch of claims is made of, with no ledger around
/// them, and writing the plain DTOs of a file back with Newtonsoft.Json.
/// </summary>
public static class PlainObjects
{
    /// <summary>
    /// Allocates a new claim, attribution and proposition for every claim (the objects each claim is made of; terms,
    /// dates and figures are values that a build and a load share, so they are shared here too), into one array.
    /// </summary>
    /// <param name="claims">The claims to copy.</param>
    /// <returns>The copies.</returns>
    public static Claim[] Allocate(ImmutableArray<Claim> claims)
    {
        var copies = new Claim[claims.Length];
        for (int i = 0; i < copies.Length; i++)
        {
            Claim claim = claims[i];
            copies[i] = claim with { Attribution = claim.Attribution with { }, Proposition = claim.Proposition with { } };
        }

        return copies;
    }

    /// <summary>Writes plain DTOs to a file with Newtonsoft.Json, indented by two spaces, nulls left out, flushed to disk.</summary>
    /// <param name="file">The DTOs.</param>
    /// <param name="path">The file to write.</param>
    /// <returns>The file's length.</returns>
    public static long Write(LedgerFileDto file, string path)
    {
        var serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            ContractResolver = new CamelCasePropertyNamesContractResolver(),
            NullValueHandling = NullValueHandling.Ignore,
        });
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using (var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true))
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            serializer.Serialize(json, file);
        }

        stream.Flush(flushToDisk: true);
        return stream.Length;
    }
}
