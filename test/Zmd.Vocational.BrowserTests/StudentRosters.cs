using Zmd.Vocational.TestKit;
using System.Globalization;
using System.Text;

namespace Zmd.Vocational.BrowserTests;

/// <summary>Students rosters (在校生名册) as a school's filer writes them: the template's Chinese header, valid resident
/// ID numbers (check digit computed here, independently of the product's validator), birth dates and genders
/// consistent with the ID number. Written as UTF-8 CSV files for the browser to upload.</summary>
internal static class StudentRosters
{
    public const string Header = RosterFiles.StudentHeader;

    private static readonly string[] Names = ["王子豪", "李欣怡", "张浩然", "刘雨涵", "陈俊杰", "杨梦琪", "赵宇航", "黄诗涵", "周博文", "吴佳琪"];

    /// <summary>One student of the roster, numbered from 1.</summary>
    public sealed record Student(int N, string Number, string Name, string IdNumber, DateOnly Birth)
    {
        public string Gender => (IdNumber[16] - '0') % 2 == 1 ? "男" : "女";

        public string Line => string.Join(',', Number, Name, IdNumber, Gender, Birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "610102", "中职", "2024", "在籍", "");
    }

    /// <summary>A valid 18-character ID number for a person born on <paramref name="birth"/> (odd sequence = male).</summary>
    public static string IdNumber(DateOnly birth, int sequence, string area = "411728") => RosterFiles.IdNumber(birth, sequence, area);

    /// <summary>The same number with a wrong check digit (still 18 characters, still a real birth date).</summary>
    public static string WithWrongCheckDigit(string id) => id[..17] + (id[17] == '1' ? '2' : '1');

    /// <summary>How <c>ResidentIdNumber.Mask</c> shows an ID number: the area code and the last four characters.</summary>
    public static string Masked(string id) => id[..6] + new string('*', id.Length - 10) + id[^4..];

    /// <summary><paramref name="count"/> valid, distinct students.</summary>
    public static List<Student> Valid(int count) =>
        Enumerable.Range(1, count).Select(n =>
        {
            var birth = new DateOnly(2009, 3, 1).AddDays(n * 37);
            return new Student(n, $"S{n:000000}", Names[(n - 1) % Names.Length], IdNumber(birth, 500 + n), birth);
        }).ToList();

    public static string Csv(IEnumerable<Student> students) =>
        new StringBuilder(Header).Append('\n').AppendJoin("", students.Select(s => s.Line + "\n")).ToString();

    /// <summary>Writes the roster as a UTF-8 CSV file named <paramref name="fileName"/> in <paramref name="folder"/>.</summary>
    public static string Write(string folder, string fileName, IEnumerable<Student> students)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, Csv(students), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
