namespace ClaimLedger.Sample.Views;

/// <summary>A place with every name it goes by.</summary>
/// <param name="Id">The place's id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Kind">What kind of place it is (village, city, region...), or null.</param>
/// <param name="Parent">The id of the place it lies in, or null.</param>
/// <param name="ParentName">That place's name, or null.</param>
/// <param name="Aliases">Its aliases and transliterations.</param>
/// <param name="Claims">How many claims are about it or a place within it.</param>
internal sealed record PlaceView(string Id, string Name, string? Kind, string? Parent, string? ParentName, ImmutableArray<string> Aliases, int Claims);
