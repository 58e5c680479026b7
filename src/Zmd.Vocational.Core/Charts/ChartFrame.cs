namespace Zmd.Vocational.Core.Charts;

/// <summary>What every chart shares: the root element that scales to its container (a viewBox, width 100%, no
/// pixel size), the accessible name and description, and the empty-chart message.</summary>
internal static class ChartFrame
{
    public static SvgWriter Open(string idSeed, double width, double height, string title, string description)
    {
        var svg = new SvgWriter(idSeed);
        var titleId = svg.Id("title");
        var descId = svg.Id("desc");
        svg.Open(
            "svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", $"0 0 {SvgWriter.Num(width)} {SvgWriter.Num(height)}"),
            ("width", "100%"),
            ("role", "img"),
            ("aria-labelledby", $"{titleId} {descId}"),
            ("font-family", ChartStyle.FontFamily),
            ("font-size", "12"),
            ("fill", ChartStyle.TextColor));
        svg.Text("title", title, ("id", titleId));
        svg.Text("desc", description, ("id", descId));
        return svg;
    }

    /// <summary>An outlined empty area with the message in its middle.</summary>
    public static void NoData(SvgWriter svg, double x, double y, double width, double height, string message)
    {
        svg.Empty(
            "rect",
            ("x", SvgWriter.Num(x)),
            ("y", SvgWriter.Num(y)),
            ("width", SvgWriter.Num(width)),
            ("height", SvgWriter.Num(height)),
            ("fill", "none"),
            ("stroke", ChartStyle.GridColor));
        svg.Text(
            "text",
            message,
            ("class", "no-data"),
            ("x", SvgWriter.Num(x + width / 2)),
            ("y", SvgWriter.Num(y + height / 2 + 5)),
            ("text-anchor", "middle"),
            ("font-size", "14"),
            ("fill", ChartStyle.MutedColor));
    }
}
