namespace ClaimLedger;

/// <summary>A point on the Earth in decimal degrees (WGS 84).</summary>
/// <param name="Latitude">Degrees north (negative south), from -90 to 90.</param>
/// <param name="Longitude">Degrees east (negative west), from -180 to 180.</param>
/// <remarks>Ranges are checked when the place is added to a ledger, so that bad data is reported with its path.</remarks>
public readonly record struct GeoCoordinates(double Latitude, double Longitude)
{
    /// <summary>Returns the coordinates as "latitude, longitude".</summary>
    /// <returns>Text such as "39.75, 46.75".</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Latitude}, {Longitude}");
}
