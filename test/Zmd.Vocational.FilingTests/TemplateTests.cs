using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Filing.Application;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Intake;

namespace Zmd.Vocational.FilingTests;

public sealed class TemplateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FilingTemplates _templates = new([new FakeHandler()], new Zmd.Vocational.Filing.Intake.CodeListSource(new FakeMajors(), []));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_template_has_a_data_sheet_instructions_and_a_hidden_code_sheet()
    {
        var (name, content) = await _templates.TemplateAsync(TestData.Students);

        name.ShouldBe("在校生名册_模板.xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(["数据", "填写说明", "代码表"]);
        sheets[2].State!.Value.ShouldBe(SheetStateValues.Hidden);
        sheets[0].State.ShouldBeNull();
        Texts(document, "填写说明").ShouldContain(t => t.Contains("GB18030", StringComparison.Ordinal));
        Texts(document, "代码表").ShouldContain("720101 护理");
    }

    [Fact]
    public async Task Headers_are_as_defined_with_required_ones_marked()
    {
        var (_, content) = await _templates.TemplateAsync(TestData.Students);

        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var headers = Sheet(document, "数据").Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
        headers.ShouldBe(TestData.Dataset.Columns.Select(c => c.Required ? c.HeaderZh + " *" : c.HeaderZh));
    }

    [Fact]
    public async Task Coded_columns_have_drop_downs_and_id_columns_are_text()
    {
        var (_, content) = await _templates.TemplateAsync(TestData.Students);

        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var data = Sheet(document, "数据");
        var validations = data.Descendants<DataValidation>().ToDictionary(v => v.SequenceOfReferences!.InnerText!, v => v.Formula1!.Text);
        validations["D2:D10001"].ShouldBe("'代码表'!$A$2:$A$3"); // 性别
        validations["F2:F10001"].ShouldBe("'代码表'!$B$2:$B$4"); // 专业代码
        validations["I2:I10001"].ShouldBe("\"是,否\"");          // 是否学徒
        validations.Count.ShouldBe(3);

        var idColumn = data.Descendants<Column>().Single(c => c.Min!.Value == 3);
        var format = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)idColumn.Style!.Value);
        format.NumberFormatId!.Value.ShouldBe(49U);
        data.Descendants<Pane>().Single().State!.Value.ShouldBe(PaneStateValues.Frozen);
    }

    [Fact]
    public async Task The_template_read_back_by_the_upload_reader_has_a_valid_header()
    {
        var (_, content) = await _templates.TemplateAsync(TestData.Students);
        var path = _folder.File("template.xlsx");
        await File.WriteAllBytesAsync(path, content);

        var header = new UploadFile(path, "template.xlsx").ReadRows(default).First();

        HeaderMapper.Map(TestData.Dataset, header.Cells).Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_dataset_has_no_template() =>
        (await Should.ThrowAsync<BusinessException>(() => _templates.TemplateAsync("nope"))).Code.ShouldBe(FilingErrorCodes.UnknownDataset);

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static List<string> Texts(SpreadsheetDocument document, string sheet) =>
        Sheet(document, sheet).Descendants<Cell>().Select(c => c.InnerText).ToList();
}
