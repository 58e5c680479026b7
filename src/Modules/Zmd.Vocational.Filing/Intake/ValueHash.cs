using System.Globalization;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>A stable 64-bit FNV-1a hash of a cell value. Duplicate detection over a million rows keeps 8-byte hashes
/// instead of the strings (System.IO.Hashing is not in the shared framework). With 64 bits, two different values of
/// one upload colliding is about as likely as one in ten million for a million rows.</summary>
internal static class ValueHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(object value) => Of(KeyText(value));

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }

    /// <summary>The value as text, the same way on every pass (strings as they are, numbers and dates invariant).</summary>
    public static string KeyText(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
