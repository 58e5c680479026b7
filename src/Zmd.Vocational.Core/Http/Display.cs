using System.Globalization;

namespace Zmd.Vocational.Core.Http;

/// <summary>How pages show times and numbers: Beijing time (times are stored in UTC), numbers in the current culture
/// without trailing zeros.</summary>
public static class Display
{
    private static readonly TimeZoneInfo China = FindChinaTimeZone();

    public static DateTime ToChinaTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China);

    public static string Time(DateTime? utc) =>
        utc is { } value ? ToChinaTime(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>A calendar date as zh-CN writes it (2025-09-01), the same in both languages.</summary>
    public static string Date(DateOnly? date) =>
        date is { } value ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("#,0.####", CultureInfo.CurrentCulture) : "—";

    private static TimeZoneInfo FindChinaTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // No tz database on the machine: China has had no daylight saving since 1991, a fixed +8 is exact.
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
