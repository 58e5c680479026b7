using System.Globalization;
using System.Text;

namespace Zmd.Vocational.TestKit;

/// <summary>Builds realistic roster files for the tests: valid resident ID numbers (computed check digit), consistent
/// birth dates and genders, in UTF-8 or GB18030 as Chinese Excel saves CSV.</summary>
public static class RosterFiles
{
    public const string StudentHeader = "学号,姓名,身份证号,性别,出生日期,专业代码,培养层次,入学年份,学籍状态,学徒制班级代码";
    public const string TeacherHeader = "工号,姓名,身份证号,教师类别,是否专业课教师,双师型等级,双师认定年份,职称,企业实践天数";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A valid 18-character ID number for a person born on <paramref name="birth"/> with a sequence number
    /// (odd = male) — computed here, independently of the product's validator.</summary>
    public static string IdNumber(DateOnly birth, int sequence, string area = "411728")
    {
        var body = area + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (sequence % 1000).ToString("000", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <param name="born">The birth date written, for an <paramref name="idOverride"/> born on another day than student n.</param>
    public static string StudentRow(int n, string? idOverride = null, string major = "610102", string level = "中职", string? cohort = null,
        DateOnly? born = null)
    {
        var birth = born ?? new DateOnly(2008, 1, 1).AddDays(n % 900);
        var id = idOverride ?? IdNumber(birth, n);
        var gender = (id[16] - '0') % 2 == 1 ? "男" : "女";
        return string.Join(',', $"S{n:000000}", "学生" + n, id, gender, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), major, level, "2024", "在籍", cohort ?? "");
    }

    public static string Students(int count, int start = 1, Func<int, string>? row = null)
    {
        var sb = new StringBuilder(StudentHeader).Append('\n');
        for (var n = start; n < start + count; n++)
        {
            sb.Append(row is null ? StudentRow(n) : row(n)).Append('\n');
        }

        return sb.ToString();
    }

    public static string TeacherRow(int n, string dualLevel = "中级", string dualYear = "2022", string professional = "是") =>
        string.Join(',', $"T{n:0000}", "教师" + n, IdNumber(new DateOnly(1980, 3, 1).AddDays(n), n, "411702"), "专任", professional, dualLevel, dualYear, "中级", "30");

    public static string Teachers(int count) =>
        TeacherHeader + "\n" + string.Join('\n', Enumerable.Range(1, count).Select(n => TeacherRow(n))) + "\n";

    public static byte[] Utf8(string text, bool bom = false) => bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }
}
