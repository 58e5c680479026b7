using System.Text.RegularExpressions;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>The form of a certificate code: letters, digits, '-', '.', '_', starting with a letter or digit; stored upper
/// case, so "x-web" and "X-WEB" are the same certificate.</summary>
internal static partial class CertificateCodes
{
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string normalized) => WellFormed().IsMatch(normalized);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
