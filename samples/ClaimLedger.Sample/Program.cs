Console.WriteLine("ClaimLedger sample");

/// <summary>The sample's entry point, public so that end-to-end tests can reach it.</summary>
public partial class Program;
