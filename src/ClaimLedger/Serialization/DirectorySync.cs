using System.Runtime.InteropServices;

namespace ClaimLedger.Serialization;

/// <summary>
/// Flushes a directory's entries to disk (POSIX <c>fsync</c> on the directory), so that a rename into it survives a
/// power cut. .NET cannot open a directory as a stream, hence the two system calls. On Windows a rename with
/// write-through is already durable, and there this does nothing.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    internal static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            int handle = Open(directory, ReadOnly);
            if (handle < 0)
            {
                // The file is saved and renamed; only its durability against a power cut is not confirmed.
                return;
            }

            try
            {
                _ = Sync(handle);
            }
            finally
            {
                _ = Close(handle);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A Unix without a "libc" to bind to: the save has succeeded, so it must not fail now.
        }
    }

    // DllImport rather than LibraryImport, whose generated code would need unsafe blocks for the whole library.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Sync(int handle);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int handle);
}
