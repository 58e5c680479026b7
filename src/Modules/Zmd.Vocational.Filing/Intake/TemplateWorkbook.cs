using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Builds a dataset's template with the Open XML SDK (MiniExcel cannot write data validations): a 数据 sheet with
/// the headers (required ones marked " *"), frozen, text-formatted where Excel would otherwise mangle values (ID
/// numbers, codes, leading zeros), and drop-downs on coded columns; a 填写说明 sheet; and a hidden 代码表 sheet that
/// the drop-downs point to (lists longer than 255 characters cannot be written inline).</summary>
internal static class TemplateWorkbook
{
    public const string DataSheet = "数据";
    public const string InstructionsSheet = "填写说明";
    public const string CodesSheet = "代码表";

    /// <summary>Drop-downs cover data rows 2..10001; a larger roster is pasted anyway, and values are checked on upload.</summary>
    public const int LastValidatedRow = 10001;

    public static readonly IReadOnlyList<string> GeneralInstructions =
    [
        "1. 每个文件只填写一所学校、一个学年的数据；学校和学年在上传时选择，文件中不必填写。",
        "2. 第一行是表头，请勿修改、删除或调换列名；列名后带“*”的列为必填。每条记录占一行，中间不要留空行。",
        "3. 身份证号码为 18 位（末位可为 X）。该列已设为“文本”格式，请勿改成数字格式，否则 Excel 会丢失号码的最后几位。",
        "4. 日期请写成 2024-09-01（也接受 2024/9/1、2024.9.1、20240901、2024年9月1日）。",
        "5. “是/否”列填写“是”或“否”；代码列请从下拉列表选择，也可直接填写代码。",
        "6. 也可以上传 CSV 文件（Excel“另存为 CSV”，UTF-8 或 GB18030/GBK 编码均可），列名与本模板相同。",
        "7. 文件中有任何错误时不保存任何数据：系统会列出每处错误，并提供带“错误说明”列的文件，改正后可直接重新上传。",
        "8. 上传成功后替换本校该学年此前上传的草稿；提交审核后不能再上传，除非被退回。",
    ];

    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;
    private const uint DateStyle = 3;
    private const uint WrapStyle = 4;
    private const uint BoldStyle = 5;

    public static byte[] Build(DatasetDefinition dataset, IReadOnlyDictionary<string, CodeList> codeLists)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            // The code sheet's columns, one per coded column with a list: column key → letter in 代码表.
            var coded = dataset.Columns
                .Where(c => c.Type == ColumnType.Code && codeLists.TryGetValue(c.Key, out var list) && list.Options.Count > 0)
                .Select((c, i) => (Column: c, List: codeLists[c.Key], Letter: ColumnLetter(i)))
                .ToList();

            var sheets = new Sheets();
            AddSheet(workbook, sheets, 1, DataSheet, DataWorksheet(dataset, coded), hidden: false);
            AddSheet(workbook, sheets, 2, InstructionsSheet, InstructionsWorksheet(dataset, codeLists), hidden: false);
            AddSheet(workbook, sheets, 3, CodesSheet, CodesWorksheet(coded), hidden: true);
            workbook.Workbook.AppendChild(sheets);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Worksheet DataWorksheet(DatasetDefinition dataset, List<(DatasetColumn Column, CodeList List, string Letter)> coded)
    {
        var columns = new Columns();
        var header = new Row { RowIndex = 1 };
        var validations = new DataValidations();
        for (var i = 0; i < dataset.Columns.Count; i++)
        {
            var column = dataset.Columns[i];
            var letter = ColumnLetter(i);
            var title = column.Required ? column.HeaderZh + " *" : column.HeaderZh;
            columns.Append(new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = Math.Max(12, Math.Min(40, (column.Type == ColumnType.IdNumber ? 22 : 0) + (title.Length * 2.2) + 2)),
                CustomWidth = true,
                Style = column.Type switch
                {
                    ColumnType.Text or ColumnType.Code or ColumnType.IdNumber or ColumnType.CreditCode => TextStyle,
                    ColumnType.Date => DateStyle,
                    _ => 0U,
                },
            });
            header.Append(TextCell(letter + "1", title, HeaderStyle));

            var range = $"{letter}2:{letter}{LastValidatedRow}";
            if (coded.FirstOrDefault(c => c.Column == column) is { List: not null } code)
            {
                var last = code.List.Options.Count + 1;
                validations.Append(ListValidation(range, $"'{CodesSheet}'!${code.Letter}$2:${code.Letter}${last}"));
            }
            else if (column.Type == ColumnType.Boolean)
            {
                validations.Append(ListValidation(range, "\"是,否\""));
            }
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(
                // VerticalSplit is the ySplit attribute: the first row stays in view.
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = true, WorkbookViewId = 0 }),
            columns,
            new SheetData(header));
        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        return worksheet;
    }

    private static Worksheet InstructionsWorksheet(DatasetDefinition dataset, IReadOnlyDictionary<string, CodeList> codeLists)
    {
        var rows = new List<string?[]>
        {
            new[] { dataset.NameZh + " 填写说明" },
        };
        if (dataset.DescriptionZh is { } description)
        {
            rows.Add([description]);
        }

        rows.Add([]);
        var tableHeader = rows.Count;
        rows.Add(["列名", "是否必填", "类型", "允许的值或说明", "最大长度"]);
        foreach (var column in dataset.Columns)
        {
            rows.Add(
            [
                column.HeaderZh,
                column.Required ? "必填" : "选填",
                TypeName(column.Type),
                Explanation(column, codeLists.GetValueOrDefault(column.Key)),
                column.Type == ColumnType.Text ? column.MaxLength.ToString(CultureInfo.InvariantCulture) : null,
            ]);
        }

        rows.Add([]);
        var generalHeader = rows.Count;
        rows.Add(["通用要求"]);
        rows.AddRange(GeneralInstructions.Select(line => new string?[] { line }));

        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            var bold = r == 0 || r == tableHeader || r == generalHeader;
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } text)
                {
                    row.Append(TextCell(ColumnLetter(c) + (r + 1), text, bold ? BoldStyle : WrapStyle));
                }
            }

            data.Append(row);
        }

        return new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = 24, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 10, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 18, CustomWidth = true },
                new Column { Min = 4, Max = 4, Width = 70, CustomWidth = true },
                new Column { Min = 5, Max = 5, Width = 10, CustomWidth = true }),
            data);
    }

    private static Worksheet CodesWorksheet(List<(DatasetColumn Column, CodeList List, string Letter)> coded)
    {
        var longest = coded.Count == 0 ? 0 : coded.Max(c => c.List.Options.Count);
        var data = new SheetData();
        for (var r = 0; r <= longest; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            foreach (var (column, list, letter) in coded)
            {
                var text = r == 0 ? column.HeaderZh : r <= list.Options.Count ? list.DisplayText(list.Options[r - 1]) : null;
                if (text is not null)
                {
                    row.Append(TextCell(letter + (r + 1), text, 0));
                }
            }

            data.Append(row);
        }

        return new Worksheet(data);
    }

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Text => "文本",
        ColumnType.Integer => "整数",
        ColumnType.Decimal => "数字",
        ColumnType.Date => "日期",
        ColumnType.Boolean => "是/否",
        ColumnType.Code => "代码（下拉选择）",
        ColumnType.IdNumber => "身份证号码（18位）",
        ColumnType.CreditCode => "统一社会信用代码（18位）",
        _ => type.ToString(),
    };

    private static string Explanation(DatasetColumn column, CodeList? codes)
    {
        var parts = new List<string>();
        if (column.Type == ColumnType.Code && codes is not null)
        {
            parts.Add(column.OptionsSource is not null || codes.Options.Count > 20
                ? "从下拉列表选择，或填写代码（完整列表见隐藏的“代码表”工作表）"
                : "可选值：" + string.Join("、", codes.Options.Select(codes.DisplayText)));
        }

        if (column.Type is ColumnType.Integer or ColumnType.Decimal && (column.Min is not null || column.Max is not null))
        {
            parts.Add($"范围：{column.Min?.ToString(CultureInfo.InvariantCulture) ?? "不限"} 至 {column.Max?.ToString(CultureInfo.InvariantCulture) ?? "不限"}");
        }

        if (column.Type == ColumnType.Date)
        {
            parts.Add("格式如 2024-09-01");
        }

        if (column.NoteZh is { } note)
        {
            parts.Add(note);
        }

        return string.Join("；", parts);
    }

    private static DataValidation ListValidation(string range, string formula) => new()
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowDropDown = false, // despite its name, true would hide the arrow
        ShowErrorMessage = true,
        ErrorStyle = DataValidationErrorStyleValues.Warning, // warn, but let a pasted code through: the upload checks it
        ErrorTitle = "不在下拉列表中",
        Error = "该值不在代码表中，上传时可能被拒绝。",
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        Formula1 = new Formula1(formula),
    };

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, Worksheet worksheet, bool hidden)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        var sheet = new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name };
        if (hidden)
        {
            sheet.State = SheetStateValues.Hidden;
        }

        sheets.Append(sheet);
    }

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    /// <summary>0 → "A", 26 → "AA".</summary>
    internal static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>0 default; 1 header (bold, grey, text); 2 text "@"; 3 date yyyy-mm-dd; 4 wrapped; 5 bold.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, NumberFormatId = 49, ApplyFont = true, ApplyFill = true, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 6 });
}
