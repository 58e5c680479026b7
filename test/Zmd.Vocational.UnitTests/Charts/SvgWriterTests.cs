using System.Globalization;
using System.Xml.Linq;
using Zmd.Vocational.Core.Charts;

namespace Zmd.Vocational.UnitTests.Charts;

/// <summary>The builder every chart writes through: escaped text, invariant short numbers, no script, no inline style.</summary>
public sealed class SvgWriterTests
{
    [Fact]
    public void Text_and_attributes_are_escaped()
    {
        var svg = new SvgWriter("seed");
        svg.Open("svg", ("data-label", "a\"b'c<d>&e"));
        svg.Text("text", "<script>alert('x')</script> & 中文");

        var root = XDocument.Parse(svg.ToString()).Root!;

        ((string?)root.Attribute("data-label")).ShouldBe("a\"b'c<d>&e");
        root.Element("text")!.Value.ShouldBe("<script>alert('x')</script> & 中文");
        root.Descendants("script").ShouldBeEmpty();
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_so_the_output_always_parses()
    {
        SvgWriter.Escape("a\u0001b\u0000c\uD800d😀").ShouldBe("abcd😀");
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.001, "0")]
    [InlineData(12.5, "12.5")]
    [InlineData(1234.5678, "1234.57")]
    [InlineData(-3.14159, "-3.14")]
    [InlineData(115000, "115000")]
    [InlineData(0.005, "0.01")]
    public void Numbers_are_invariant_with_at_most_two_decimals(double value, string expected)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            SvgWriter.Num(value).ShouldBe(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Script_elements_and_inline_styles_and_event_handlers_are_refused()
    {
        var svg = new SvgWriter("seed");

        Should.Throw<ArgumentException>(() => svg.Open("script"));
        Should.Throw<ArgumentException>(() => svg.Empty("rect", ("style", "fill:red")));
        Should.Throw<ArgumentException>(() => svg.Empty("rect", ("onclick", "alert(1)")));
    }

    [Fact]
    public void Null_attributes_are_left_out_and_open_elements_are_closed()
    {
        var svg = new SvgWriter("seed");
        svg.Open("svg").Open("g", ("fill", null), ("stroke", "#000")).Empty("line");

        svg.ToString().ShouldBe("<svg><g stroke=\"#000\"><line/></g></svg>");
    }

    [Fact]
    public void Ids_depend_on_the_seed_only()
    {
        new SvgWriter("a").Id("hatch").ShouldBe(new SvgWriter("a").Id("hatch"));
        new SvgWriter("a").Id("hatch").ShouldNotBe(new SvgWriter("b").Id("hatch"));
        new SvgWriter("a").Id("hatch").ShouldMatch("^[a-z][a-z0-9-]*$");
    }
}
