namespace Zmd.Vocational.Core.Charts;

/// <summary>An axis range with "nice" ticks (steps of 1, 2, 2.5 or 5 × 10ⁿ) that a reader can interpolate between,
/// covering the data with at most six ticks.</summary>
public sealed record NiceScale(double Min, double Max, double Step)
{
    private static readonly double[] Mantissas = [1, 2, 2.5, 5];

    /// <summary>The nice scale covering <paramref name="min"/>..<paramref name="max"/> (in either order) with the
    /// smallest step that needs at most <paramref name="maxTicks"/> ticks. An empty range is widened around its value.</summary>
    public static NiceScale For(double min, double max, int maxTicks = 6)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), "A scale needs finite bounds.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 2);
        (min, max) = (Math.Min(min, max), Math.Max(min, max));
        if (max - min < 1e-12)
        {
            var half = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = (min == 0 ? 0 : min - half, min + half);
        }

        var exponent = (int)Math.Floor(Math.Log10((max - min) / maxTicks)) - 1;
        while (true)
        {
            foreach (var mantissa in Mantissas)
            {
                var step = mantissa * Math.Pow(10, exponent);
                var first = Math.Floor(min / step + 1e-9);
                var last = Math.Ceiling(max / step - 1e-9);
                if (last - first + 1 <= maxTicks)
                {
                    return new NiceScale(Round(first * step, step), Round(last * step, step), step);
                }
            }

            exponent++;
        }
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>, free of floating-point noise.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step) + 1;
        return [.. Enumerable.Range(0, count).Select(i => Round(Min + i * Step, Step))];
    }

    /// <summary>Where a value lies on the scale: 0 at <see cref="Min"/>, 1 at <see cref="Max"/>.</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);

    private static double Round(double value, double step)
    {
        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(step)), 0, 15);
        return Math.Round(value, decimals) + 0.0;
    }
}
