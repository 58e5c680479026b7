using Zmd.Vocational.Filing.Application;

namespace Zmd.Vocational.FilingTests;

/// <summary>The one masking rule: what of an ID number and of what rebuilds it (the birth date) is left.</summary>
public sealed class PersonalDataMaskTests
{
    private static readonly Zmd.Vocational.Filing.Contracts.DatasetColumn Birth = TestData.Dataset.Columns[TestData.Dataset.IndexOf("BirthDate")];
    private static readonly Zmd.Vocational.Filing.Contracts.DatasetColumn Name = TestData.Dataset.Columns[TestData.Dataset.IndexOf("Name")];
    private static readonly Zmd.Vocational.Filing.Contracts.DatasetColumn Id = TestData.Dataset.Columns[TestData.Dataset.IndexOf("IdNumber")];

    [Theory]
    [InlineData("2008-09-15", "2008-**-**")]
    [InlineData("2008年9月15日", "2008年*月**日")]
    [InlineData("20080915", "2008****")]
    [InlineData("2008/9/15 0:00", "2008/*/** *:**")]
    [InlineData("２００８－０９－１５", "2008-**-**")]
    [InlineData("二〇〇八年九月十五日", "2008年*月**日")]
    [InlineData("二〇〇八.九.十五", "****.*.**")]
    [InlineData("15/09/2008", "**/**/****")]
    [InlineData("39706", "*****")]
    [InlineData("2008-02-30", "2008-**-**")]
    public void A_birth_date_keeps_its_year_and_nothing_else(string text, string shown) =>
        PersonalDataMask.Text(Birth, text).ShouldBe(shown);

    [Fact]
    public void An_id_number_is_masked_in_its_own_column_and_in_any_other()
    {
        var id = TestData.Id(7);
        var masked = id[..6] + "********" + id[14..];
        PersonalDataMask.Text(Id, id).ShouldBe(masked);
        PersonalDataMask.Text(Name, id).ShouldBe(masked, "a valid ID number typed into another column");
        PersonalDataMask.Text(Birth, id).ShouldBe(masked);
        PersonalDataMask.Text(MaskKind.Plain, " " + id + " ").ShouldBe(masked);
        PersonalDataMask.Text(null, id).ShouldBe(masked);
    }

    [Fact]
    public void Other_text_is_left_alone_and_hidden_columns_show_nothing()
    {
        var id = TestData.Id(7);
        var wrongCheck = id[..17] + (id[17] == '0' ? '1' : '0');
        PersonalDataMask.Text(Name, "张三").ShouldBe("张三");
        PersonalDataMask.Text(Name, wrongCheck).ShouldBe(wrongCheck, "18 digits with a wrong check character are no ID number");
        PersonalDataMask.Text(Name, null).ShouldBeNull();
        PersonalDataMask.Text(MaskKind.Hidden, "2008-09-15").ShouldBe(PersonalDataMask.Hidden);
        PersonalDataMask.Text(MaskKind.Hidden, "").ShouldBe("");
    }
}
