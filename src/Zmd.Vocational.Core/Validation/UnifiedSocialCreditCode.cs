namespace Zmd.Vocational.Core.Validation;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet; the last is a check
/// character over the first 17 with weights 3^i mod 31.</summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cases and trims, so "91350100m000100y43 " is read as the code it is.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static bool IsValid(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var code = Normalize(value);
        if (code.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }

            sum += index * Weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return code[17] == Alphabet[check];
    }
}
