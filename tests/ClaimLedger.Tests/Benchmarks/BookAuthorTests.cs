using ClaimLedger.Benchmarks.Baselines;
using ClaimLedger.Benchmarks.BookAuthor;
using ClaimLedger.Credibility;

namespace ClaimLedger.Tests.Benchmarks;

/// <summary>The Book-Author benchmark's normalisation, reading and conversion, on small hand-made files.</summary>
public sealed class BookAuthorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"book-author-{Guid.NewGuid():N}");

    public BookAuthorTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Knuth, Donald E.", "knuth donald")]
    [InlineData("Donald E. Knuth", "knuth donald")]
    [InlineData("Aho, Alfred V.; Sethi, Ravi; Ullman, Jeffrey D.", "aho alfred; sethi ravi; ullman jeffrey")]
    [InlineData("Aho, Alfred V., Sethi, Ravi, Ullman, Jeffrey D.", "aho alfred; sethi ravi; ullman jeffrey")]
    [InlineData("Jeffrey D. Ullman, Alfred V. Aho", "aho alfred; ullman jeffrey")]
    [InlineData("By (author) Calvert, Kenneth L. By (author) Donahoo, Michael J.", "calvert kenneth; donahoo michael")]
    [InlineData("Kaplan, Joseph E. (Author) Dunn, Ryan (Author)", "dunn ryan; kaplan joseph")]
    [InlineData("Nick Rozanski, E&oacute;in Woods", "rozanski nick; woods eoin")]
    [InlineData("Reddy, J.N.", "reddy j")]
    [InlineData("Knuth", "knuth")]
    [InlineData("Russell, Stuart J. and Norvig, Peter", "norvig peter; russell stuart")]
    [InlineData("aiken, peter ;  allen, m. david;", "aiken peter; allen m")]
    public void Normalise_ListingFormats_GiveLastAndFirstGivenNameSorted(string raw, string expected) =>
        AuthorNames.Normalise(raw).Should().Be(expected);

    [Theory]
    [InlineData("Not Available")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(Author)")]
    public void Normalise_NoName_IsNull(string raw) => AuthorNames.Normalise(raw).Should().BeNull();

    [Fact]
    public void LoadAndConvert_DropsUnusableAndRepeatedListings_AndEveryMethodAnswers()
    {
        File.WriteAllLines(Path.Combine(_folder, "book.txt"),
        [
            "StoreA\t111\tBook one\tKnuth, Donald E.\r",
            "StoreB\t111\tBook one\tDonald E. Knuth\r",
            "StoreB\t111\tBook one\tSomeone Else\r",
            "StoreC\t111\tBook one\tNot Available\r",
            "StoreC\t111\tBook one\tWirth, Niklaus\r",
            "StoreA\t222\tBook two\tWirth, Niklaus\r",
            "StoreC\t222\tBook two\t\r",
        ]);
        File.WriteAllLines(Path.Combine(_folder, "book_golden.txt"), ["111\tknuth, donald ;", "222\twirth, niklaus ;"]);

        BookAuthorData data = BookAuthorData.Load(_folder);
        Ledger ledger = data.ToLedger();

        data.Rows.Should().Be(7);
        data.Listings.Select(l => (l.Store, l.Isbn, l.Authors)).Should().Equal(
            ("StoreA", "111", "knuth donald"), ("StoreB", "111", "knuth donald"), ("StoreC", "111", "wirth niklaus"), ("StoreA", "222", "wirth niklaus"));
        data.Golden.Should().Equal(new Dictionary<string, string> { ["111"] = "knuth donald", ["222"] = "wirth niklaus" });
        ledger.Claims.Should().HaveCount(4);
        ledger.Sources.Select(s => s.Name).Should().BeEquivalentTo(["StoreA", "StoreB", "StoreC"]);

        var triples = new Triples(ledger);
        Dictionary<string, string> majority = MajorityVote.Run(triples);
        majority["ISBN 111"].Should().Be("knuth donald");
        TruthFinderBaseline.Run(triples)["ISBN 111"].Should().Be("knuth donald");
        InvestmentBaseline.Run(triples)["ISBN 111"].Should().Be("knuth donald");
        TruthDiscoveryResult result = TruthDiscovery.Default.Run(ledger);
        result.AnswerTo(BookAuthorData.WrittenBy.Id, BookAuthorData.Book("111"))!.Favoured!.Value.Should().Be(Term.Text("knuth donald"));
        result.AnswerTo(BookAuthorData.WrittenBy.Id, BookAuthorData.Book("222"))!.Values.Should().ContainSingle("a book with one claimed list is answered too");
    }
}
