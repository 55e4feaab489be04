namespace ClaimLedger.Validation;

/// <summary>
/// Where an item of a batch came from, so that a problem with it is built once with the right path and location:
/// its index in its list as the user wrote it, and for a file the line and position where the item starts.
/// </summary>
/// <param name="Index">The index to show in paths, such as the 4 of <c>claims[4]</c>.</param>
/// <param name="Line">The 1-based line where the item starts in its file, or null when it did not come from a file.</param>
/// <param name="Position">The 1-based position in that line, or null when it did not come from a file.</param>
internal readonly record struct ItemOrigin(int Index, int? Line, int? Position);
