global using System.Collections.Immutable;
global using ClaimLedger.Contradictions;
global using NodaTime;
