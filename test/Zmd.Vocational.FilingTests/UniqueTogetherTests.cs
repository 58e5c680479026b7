using System.Text;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

/// <summary>UniqueTogetherInFile: a combination of columns may appear once in a file (the technician college's internships:
/// one row per enterprise, kind and major), each column on its own may repeat.</summary>
public sealed class UniqueTogetherTests : IDisposable
{
    private static readonly DatasetDefinition Dataset = TestData.Dataset with { UniqueTogetherInFile = ["Gender", "MajorCode", "EntryYear"] };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<ValidationOutcome> ValidateAsync(IEnumerable<string[]> dataRows)
    {
        var rows = new List<IReadOnlyList<string?>> { TestData.Headers };
        rows.AddRange(dataRows);
        var path = _folder.WriteCsv("upload.csv", rows, new UTF8Encoding(false));
        return await new UploadValidator(new FakeHandler(Dataset), TestMessages.Context(), TestMessages.Format).ValidateAsync(new UploadFile(path, "学生.csv"), default);
    }

    private static string[] With(string[] row, string key, string value)
    {
        var copy = (string[])row.Clone();
        copy[Dataset.IndexOf(key)] = value;
        return copy;
    }

    [Fact]
    public async Task A_repeated_combination_is_reported_once_on_its_first_column_with_the_row_it_repeats()
    {
        // Rows 1 and 3 are both female (F), 710201, 2024; row 2 is male.
        using var outcome = await ValidateAsync(Enumerable.Range(1, 3).Select(TestData.Row));

        var error = outcome.Errors.Listed.ShouldHaveSingleItem();
        (error.Row, error.Column, error.Code).ShouldBe((4, "性别", FilingErrorCodes.DuplicateKeyInFile));
        error.Message.ShouldContain("firstRow=2");
        error.Message.ShouldContain("columns=性别、专业代码、入学年份");
    }

    [Fact]
    public async Task Combinations_that_differ_in_any_column_pass()
    {
        var rows = Enumerable.Range(1, 3).Select(TestData.Row).ToList();
        rows[2] = With(rows[2], "EntryYear", "2023");

        using var outcome = await ValidateAsync(rows);

        outcome.Errors.Listed.ShouldBeEmpty();
        outcome.IsValid.ShouldBeTrue();
    }
}
