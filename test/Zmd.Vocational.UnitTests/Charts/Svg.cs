using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Zmd.Vocational.UnitTests.Charts;

/// <summary>Reads chart output as XML and checks what every chart must satisfy: an accessible, scalable
/// &lt;svg&gt; root, no script, no inline style (the pages' Content-Security-Policy forbids them), short numbers.</summary>
internal static partial class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string markup)
    {
        var doc = XDocument.Parse(markup);
        var root = doc.Root!;
        root.Name.ShouldBe(Ns + "svg");
        ((string?)root.Attribute("viewBox")).ShouldNotBeNullOrWhiteSpace();
        ((string?)root.Attribute("role")).ShouldBe("img");
        ((string?)root.Attribute("width")).ShouldBe("100%");
        root.Attribute("height").ShouldBeNull();
        ((string?)root.Attribute("font-family")).ShouldBe("Noto Sans CJK SC, Microsoft YaHei, sans-serif");

        var title = root.Elements().First();
        title.Name.ShouldBe(Ns + "title");
        var desc = root.Element(Ns + "desc").ShouldNotBeNull();
        ((string?)root.Attribute("aria-labelledby")).ShouldBe($"{(string?)title.Attribute("id")} {(string?)desc.Attribute("id")}");

        foreach (var element in doc.Descendants())
        {
            element.Name.LocalName.ShouldNotBe("script");
            element.Name.LocalName.ShouldNotBe("foreignObject");
            foreach (var attribute in element.Attributes())
            {
                attribute.Name.LocalName.ShouldNotBe("style");
                attribute.Name.LocalName.ShouldNotStartWith("on");
                LongDecimal().IsMatch(attribute.Value).ShouldBeFalse($"{element.Name.LocalName} {attribute.Name}=\"{attribute.Value}\"");
            }
        }

        return doc;
    }

    public static (double Width, double Height) ViewBox(XDocument doc)
    {
        var parts = ((string)doc.Root!.Attribute("viewBox")!).Split(' ');
        parts[0].ShouldBe("0");
        parts[1].ShouldBe("0");
        return (Number(parts[2]), Number(parts[3]));
    }

    public static List<XElement> ByClass(XDocument doc, string cssClass) =>
        [.. doc.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true)];

    public static double Attr(XElement element, string name) => Number((string)element.Attribute(name)!);

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The sub-paths of a path made of M and L commands with absolute coordinates.</summary>
    public static List<List<(double X, double Y)>> Segments(XElement path)
    {
        var segments = new List<List<(double X, double Y)>>();
        foreach (Match command in PathCommand().Matches((string)path.Attribute("d")!))
        {
            if (command.Groups[1].Value == "M")
            {
                segments.Add([]);
            }

            segments[^1].Add((Number(command.Groups[2].Value), Number(command.Groups[3].Value)));
        }

        return segments;
    }

    /// <summary>Where a value sits on the Y axis, interpolated between the gridlines of the two tick labels around it.</summary>
    public static double YOf(XDocument doc, double value)
    {
        var gridlines = ByClass(doc, "grid").Single().Elements(Ns + "line").Select(l => Attr(l, "y1")).ToList();
        var labels = ByClass(doc, "tick-y").Select(t => Number(t.Value)).ToList();
        gridlines.Count.ShouldBe(labels.Count);
        var ticks = labels.Zip(gridlines, (v, y) => (Value: v, Y: y)).OrderBy(t => t.Value).ToList();
        var below = ticks.Last(t => t.Value <= value);
        var above = ticks.First(t => t.Value >= value);
        return below.Value == above.Value ? below.Y : below.Y + (value - below.Value) / (above.Value - below.Value) * (above.Y - below.Y);
    }

    [GeneratedRegex(@"\d\.\d{3,}")]
    private static partial Regex LongDecimal();

    [GeneratedRegex(@"([ML])\s*(-?[\d.]+)[ ,](-?[\d.]+)")]
    private static partial Regex PathCommand();
}
