using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

/// <summary>Each column rule with a value that passes and one that fails.</summary>
public sealed class ConversionTests
{
    private static readonly DateOnly Today = new(2025, 10, 1);

    private static ColumnConverter Converter(string key)
    {
        var column = TestData.Dataset.Columns[TestData.Dataset.IndexOf(key)];
        return new ColumnConverter(column, TestData.Lists().GetValueOrDefault(key), Today);
    }

    private static object? Converts(string key, string? raw)
    {
        Converter(key).TryConvert(raw, false, out var value, out var error).ShouldBeTrue($"{raw} → {error.Code}");
        return value;
    }

    private static CellError Fails(string key, string? raw)
    {
        Converter(key).TryConvert(raw, false, out _, out var error).ShouldBeFalse(raw);
        return error;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \u3000 ")]
    public void A_required_cell_must_not_be_empty(string? raw) => Fails("Name", raw).Code.ShouldBe(FilingErrorCodes.Required);

    [Fact]
    public void An_empty_optional_cell_is_null() => Converts("Fee", " ").ShouldBeNull();

    [Fact]
    public void Text_is_trimmed_of_blanks_and_full_width_spaces() => Converts("Name", "\u3000 张三 \u00A0").ShouldBe("张三");

    [Fact]
    public void Text_longer_than_the_maximum_is_too_long()
    {
        var error = Fails("Name", "一二三四五六七八九");
        error.Code.ShouldBe(FilingErrorCodes.TooLong);
        error.Args!["max"].ShouldBe(8);
    }

    [Theory]
    [InlineData("2024", 2024L)]
    [InlineData("２０２４", 2024L)]
    [InlineData("2,024", 2024L)]
    [InlineData("2024.0", 2024L)]
    public void Integers_accept_full_width_digits_and_thousands_separators(string raw, long expected) =>
        Converts("EntryYear", raw).ShouldBe(expected);

    [Theory]
    [InlineData("二〇二四")]
    [InlineData("2024.5")]
    [InlineData("2024年")]
    public void A_non_integer_is_refused(string raw) => Fails("EntryYear", raw).Code.ShouldBe(FilingErrorCodes.NotInteger);

    [Fact]
    public void An_integer_outside_min_and_max_is_out_of_range()
    {
        var error = Fails("EntryYear", "1999");
        error.Code.ShouldBe(FilingErrorCodes.OutOfRange);
        (error.Args!["min"], error.Args["max"]).ShouldBe(("2000", "2100"));
    }

    [Theory]
    [InlineData("1,200.50", "1200.50")]
    [InlineData("１２００．５", "1200.5")]
    [InlineData("-0", "0")]
    public void Decimals_accept_full_width_digits_and_thousands_separators(string raw, string expected) =>
        Converts("Fee", raw).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_non_number_is_not_a_decimal() => Fails("Fee", "一千").Code.ShouldBe(FilingErrorCodes.NotDecimal);

    [Fact]
    public void A_decimal_below_min_is_out_of_range()
    {
        var error = Fails("Fee", "-1");
        error.Code.ShouldBe(FilingErrorCodes.OutOfRange);
        error.Args!["max"].ShouldBe("+∞");
    }

    [Theory]
    [InlineData("2024-09-01")]
    [InlineData("2024/9/1")]
    [InlineData("2024.9.1")]
    [InlineData("20240901")]
    [InlineData("2024年9月1日")]
    [InlineData("2024年09月01")]
    [InlineData("２０２４－０９－０１")]
    [InlineData("2024/9/1 0:00")]
    public void Dates_are_read_in_the_forms_chinese_users_write(string raw) => Converts("BirthDate", raw).ShouldBe(new DateOnly(2024, 9, 1));

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("2024-9/1")]
    [InlineData("24-09-01")]
    [InlineData("9/1/2024")]
    [InlineData("明天")]
    [InlineData("45536")]
    public void Anything_else_is_not_a_date(string raw) => Fails("BirthDate", raw).Code.ShouldBe(FilingErrorCodes.NotDate);

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Y", true)]
    [InlineData("n", false)]
    [InlineData("Yes", true)]
    [InlineData("NO", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("０", false)]
    [InlineData("√", true)]
    [InlineData("×", false)]
    public void Booleans_accept_the_usual_yes_and_no(string raw, bool expected) => Converts("Apprentice", raw).ShouldBe(expected);

    [Fact]
    public void Anything_else_is_not_a_boolean() => Fails("Apprentice", "也许").Code.ShouldBe(FilingErrorCodes.NotBoolean);

    [Theory]
    [InlineData("男", "M")]
    [InlineData("F", "F")]
    [InlineData("m", "M")]
    [InlineData("Ｆ", "F")]
    public void A_code_matches_by_code_or_label_and_stores_the_code(string raw, string code) => Converts("Gender", raw).ShouldBe(code);

    [Theory]
    [InlineData("710201", "710201")]
    [InlineData("720101 护理", "720101")]
    [InlineData("护理", "720101")]
    public void A_dynamic_list_matches_by_code_label_or_the_drop_down_text(string raw, string code) => Converts("MajorCode", raw).ShouldBe(code);

    [Fact]
    public void A_label_shared_by_two_codes_does_not_pick_one() =>
        Fails("MajorCode", "计算机应用").Code.ShouldBe(FilingErrorCodes.NotInCodeList);

    [Fact]
    public void A_value_outside_the_list_names_some_allowed_values()
    {
        var error = Fails("Gender", "未知");
        error.Code.ShouldBe(FilingErrorCodes.NotInCodeList);
        error.Args!["allowed"].ShouldBe("男、女");
    }

    [Fact]
    public void An_id_number_is_normalized_to_upper_case()
    {
        var id = TestData.Id(0);
        var withX = Enumerable.Range(0, 1000).Select(n => TestData.Id(n)).First(i => i.EndsWith('X'));

        Converts("IdNumber", " " + id + " ").ShouldBe(id);
        Converts("IdNumber", withX.ToLowerInvariant()).ShouldBe(withX);
    }

    [Fact]
    public void An_id_number_with_a_wrong_check_digit_is_invalid()
    {
        var id = TestData.Id(1);
        var wrong = id[..17] + (id[17] == '0' ? '1' : '0');

        Fails("IdNumber", wrong).Code.ShouldBe(FilingErrorCodes.InvalidIdNumber);
    }

    [Theory]
    [InlineData("20080230")] // no such day, even with a correct check digit
    [InlineData("20300101")] // born in the future
    [InlineData("18991231")] // before 1900
    public void An_id_number_needs_a_real_birth_date(string birth) =>
        Fails("IdNumber", TestData.CompleteId("411702" + birth + "123")).Code.ShouldBe(FilingErrorCodes.InvalidIdNumber);

    [Fact]
    public void A_credit_code_is_checked_and_upper_cased()
    {
        var code = TestData.CreditCode();
        Converts("EnterpriseCode", code.ToLowerInvariant()).ShouldBe(code);

        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');
        Fails("EnterpriseCode", wrong).Code.ShouldBe(FilingErrorCodes.InvalidCreditCode);
    }

    [Fact]
    public void A_number_excel_cut_short_is_refused_before_any_other_rule()
    {
        Converter("IdNumber").TryConvert("4.11702200809151E+17", lostPrecision: true, out _, out var error).ShouldBeFalse();
        error.Code.ShouldBe(FilingErrorCodes.NumberLostPrecision);
    }
}
