global using System.Collections.Immutable;
global using NodaTime;
global using System.Diagnostics.CodeAnalysis;
