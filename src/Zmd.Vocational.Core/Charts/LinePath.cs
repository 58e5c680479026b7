using System.Text;

namespace Zmd.Vocational.Core.Charts;

/// <summary>The <c>d</c> attribute of a line through points in order, starting a new sub-path ("M") after every
/// missing value so that a gap in the data is a gap in the line. A point standing alone between gaps becomes a
/// zero-length segment, which a round line cap draws as a dot instead of nothing.</summary>
internal static class LinePath
{
    public static string Build(IEnumerable<(double X, double? Y)> points)
    {
        var d = new StringBuilder();
        var segment = new List<(double X, double Y)>();
        foreach (var (x, y) in points)
        {
            if (y is { } value)
            {
                segment.Add((x, value));
            }
            else
            {
                Append(d, segment);
            }
        }

        Append(d, segment);
        return d.ToString();
    }

    private static void Append(StringBuilder d, List<(double X, double Y)> segment)
    {
        if (segment.Count == 1)
        {
            segment.Add(segment[0]);
        }

        for (var i = 0; i < segment.Count; i++)
        {
            if (d.Length > 0)
            {
                d.Append(' ');
            }

            d.Append(i == 0 ? 'M' : 'L').Append(SvgWriter.Num(segment[i].X)).Append(' ').Append(SvgWriter.Num(segment[i].Y));
        }

        segment.Clear();
    }
}
