namespace ClaimLedger.Credibility;

/// <summary>Two sources <see cref="TruthDiscovery"/> took to copy one another, and how far it discounted them.</summary>
/// <param name="First">One source (the lesser id).</param>
/// <param name="Second">The other source.</param>
/// <param name="Degree">The dependence, from 0 to 1: 1 makes the two count as one voice where they agree.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record SourceDependence(SourceId First, SourceId Second, double Degree, string Reason);
