using System.Globalization;
using System.Text;

namespace ClaimLedger.Benchmarks.BookAuthor;

/// <summary>
/// The Book-Author benchmark (Yin, Han and Yu, KDD 2007) read from its two files and converted to a ledger through
/// the public API: each store a source, each book an incident and a subject ("ISBN 0201853949"), one claim per listing
/// that the book is written by its normalised author list, under a predicate with one object per subject.
/// </summary>
/// <remarks>
/// Listings whose author list names nobody ("Not Available", empty) are dropped, and so are repeated listings of one
/// book by one store (the first is kept), so that a store answers each book once.
/// </remarks>
public sealed class BookAuthorData
{
    /// <summary>The predicate the claims use: one author list per book.</summary>
    public static readonly Predicate WrittenBy = new("written-by", "written by") { Cardinality = PredicateCardinality.OneObjectPerSubject };

    private BookAuthorData(ImmutableArray<(string Store, string Isbn, string Title, string Authors)> listings, ImmutableDictionary<string, string> golden, int rows)
    {
        Listings = listings;
        Golden = golden;
        Rows = rows;
    }

    /// <summary>Gets the usable listings: store, ISBN, title and the normalised author list.</summary>
    public ImmutableArray<(string Store, string Isbn, string Title, string Authors)> Listings { get; }

    /// <summary>Gets the golden books: ISBN to the normalised true author list.</summary>
    public ImmutableDictionary<string, string> Golden { get; }

    /// <summary>Gets the number of rows in the listings file.</summary>
    public int Rows { get; }

    /// <summary>The subject term of a book.</summary>
    /// <param name="isbn">The ISBN.</param>
    /// <returns>Such as "text:ISBN 0201853949".</returns>
    public static Term Book(string isbn) => Term.Text($"ISBN {isbn}");

    /// <summary>Reads <c>book.txt</c> and <c>book_golden.txt</c> from a folder.</summary>
    /// <param name="folder">The folder holding the two files.</param>
    /// <returns>The data.</returns>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    public static BookAuthorData Load(string folder)
    {
        string books = Path.Combine(folder, "book.txt");
        string golden = Path.Combine(folder, "book_golden.txt");
        var seen = new HashSet<(string, string)>();
        var listings = ImmutableArray.CreateBuilder<(string, string, string, string)>();
        int rows = 0;
        foreach (string line in File.ReadLines(books, Encoding.UTF8))
        {
            rows++;
            string[] cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 4)
            {
                continue;
            }

            string store = cells[0].Trim(), isbn = cells[1].Trim();
            if (store.Length == 0 || isbn.Length == 0 || AuthorNames.Normalise(cells[3]) is not { } authors || !seen.Add((store, isbn)))
            {
                continue;
            }

            listings.Add((store, isbn, cells[2].Trim(), authors));
        }

        var truth = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (string line in File.ReadLines(golden, Encoding.UTF8))
        {
            string[] cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length >= 2 && AuthorNames.Normalise(cells[1]) is { } authors)
            {
                truth[cells[0].Trim()] = authors;
            }
        }

        return new BookAuthorData(listings.ToImmutable(), truth.ToImmutable(), rows);
    }

    /// <summary>Converts the listings to a ledger with the public API.</summary>
    /// <param name="predicate">The predicate to use (<see cref="WrittenBy"/> unless told otherwise).</param>
    /// <returns>The ledger.</returns>
    public Ledger ToLedger(Predicate? predicate = null)
    {
        predicate ??= WrittenBy;
        var sourceIds = new Dictionary<string, SourceId>(StringComparer.Ordinal);
        foreach (string store in Listings.Select(l => l.Store).Distinct().Order(StringComparer.Ordinal))
        {
            sourceIds[store] = new SourceId($"store-{sourceIds.Count + 1:D4}");
        }

        var incidents = Listings.GroupBy(l => l.Isbn).Select(g => new Incident($"isbn-{Identifier(g.Key)}", g.First().Title.Length > 0 ? g.First().Title : g.Key));
        var claims = Listings.Select((l, i) => new Claim($"listing-{i + 1:D5}", $"isbn-{Identifier(l.Isbn)}", new Attribution(sourceIds[l.Store]),
            new Proposition(Book(l.Isbn), predicate.Id, Term.Text(l.Authors))));
        return new LedgerBuilder()
            .AddPredicate(predicate)
            .AddSource(sourceIds.Select(s => new Source(s.Value, s.Key, SourceKind.IndependentMedia)))
            .AddIncident(incidents)
            .AddClaim(claims)
            .Build();
    }

    private static string Identifier(string isbn)
    {
        var id = new StringBuilder(isbn.Length);
        foreach (char c in isbn)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return id.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
