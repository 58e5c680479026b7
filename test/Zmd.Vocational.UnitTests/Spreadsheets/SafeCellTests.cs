using Zmd.Vocational.Core.Spreadsheets;

namespace Zmd.Vocational.UnitTests.Spreadsheets;

/// <summary>User text written into a downloaded spreadsheet never starts like a formula (OWASP CSV injection).</summary>
public sealed class SafeCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("+8613800138000", "'+8613800138000")]
    [InlineData("+5", "'+5")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("-", "'-")]
    [InlineData("-.5", "'-.5")]
    [InlineData("-5.", "'-5.")]
    [InlineData("-1.2.3", "'-1.2.3")]
    [InlineData("-1e3", "'-1e3")]
    public void Text_that_could_be_a_formula_gets_a_leading_quote(string value, string written) =>
        SafeCell.Text(value).ShouldBe(written);

    [Theory]
    [InlineData("-5")]
    [InlineData("-0.5")]
    [InlineData("-120000")]
    [InlineData("张三")]
    [InlineData("41172819900101123X")]
    [InlineData("a=b")]
    [InlineData(" =1")]
    [InlineData("")]
    public void Plain_numbers_and_ordinary_text_are_left_alone(string value) =>
        SafeCell.Text(value).ShouldBe(value);

    [Fact]
    public void Null_stays_null() => SafeCell.Text(null).ShouldBeNull();
}
