using System.Runtime.InteropServices;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>First row of each value of one UniqueInFile column, keyed by the value's 64-bit hash: about 30 bytes per
/// row instead of the string, so a million-row file stays small.</summary>
internal sealed class DuplicateTracker
{
    private readonly Dictionary<ulong, int> _firstRow = [];

    /// <summary>Records the value at <paramref name="row"/> and returns 0, or returns the row it was first seen at.</summary>
    public int FirstRowOf(object value, int row)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstRow, ValueHash.Of(value), out var exists);
        if (exists)
        {
            return first;
        }

        first = row;
        return 0;
    }
}
