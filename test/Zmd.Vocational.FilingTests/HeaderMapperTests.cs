using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

public sealed class HeaderMapperTests
{
    private static readonly DatasetDefinition Dataset = TestData.Dataset;

    [Fact]
    public void Headers_match_by_chinese_english_or_key_with_the_required_marker_and_blanks_forgiven()
    {
        string?[] header =
        [
            " 学号 *", "NAME", "idnumber", "性别＊", "Birth date", "专业代码", "入学年份", "学费", "是否学徒", "学徒制班级代码　", "企业信用代码", "",
        ];

        var (map, errors) = HeaderMapper.Map(Dataset, header);

        errors.ShouldBeEmpty();
        map.FileIndex.ShouldBe(Enumerable.Range(0, Dataset.Columns.Count).ToArray());
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_may_be_left_out()
    {
        string[] header = ["姓名", "学号", "身份证号", "性别", "出生日期", "专业代码", "入学年份"];

        var (map, errors) = HeaderMapper.Map(Dataset, header);

        errors.ShouldBeEmpty();
        map.FileIndex[0].ShouldBe(1);
        map.FileIndex[1].ShouldBe(0);
        map.FileIndex[Dataset.IndexOf("Fee")].ShouldBe(-1);
    }

    [Fact]
    public void Each_missing_required_column_is_one_error_naming_it()
    {
        string[] header = ["学号", "姓名", "性别", "出生日期", "专业代码"];

        var (_, errors) = HeaderMapper.Map(Dataset, header);

        errors.Select(e => (e.Code, e.Header)).ShouldBe(
        [
            (FilingErrorCodes.MissingHeader, "身份证号"),
            (FilingErrorCodes.MissingHeader, "入学年份"),
        ]);
    }

    [Fact]
    public void A_column_given_twice_is_an_error()
    {
        string[] header = [.. TestData.Headers, "Student number"];

        var (_, errors) = HeaderMapper.Map(Dataset, header);

        errors.ShouldHaveSingleItem().ShouldBe(new HeaderError(FilingErrorCodes.DuplicateHeader, "Student number", TestData.Headers.Length));
    }

    [Fact]
    public void An_unknown_column_is_an_error()
    {
        string[] header = [.. TestData.Headers, "备注"];

        var (_, errors) = HeaderMapper.Map(Dataset, header);

        errors.ShouldHaveSingleItem().ShouldBe(new HeaderError(FilingErrorCodes.UnknownHeader, "备注", TestData.Headers.Length));
    }

    [Fact]
    public void The_error_reports_own_column_is_ignored_so_a_fixed_report_can_be_uploaded_again()
    {
        string[] header = [.. TestData.Headers, HeaderMapper.ErrorColumnHeader];

        HeaderMapper.Map(Dataset, header).Errors.ShouldBeEmpty();
    }
}
