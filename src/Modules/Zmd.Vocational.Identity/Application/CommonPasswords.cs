using System.Collections.Frozen;

namespace Zmd.Vocational.Identity.Application;

/// <summary>The embedded lists Passwords/common-passwords.txt (whole passwords) and Passwords/common-words.txt (the
/// letters of a password once digits and symbols are removed). Both compared in lower case.</summary>
internal static class CommonPasswords
{
    private static readonly FrozenSet<string> Whole = Load("common-passwords.txt");
    private static readonly FrozenSet<string> Words = Load("common-words.txt");

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (Whole.Contains(lower))
        {
            return true;
        }

        var letters = new string(lower.Where(char.IsAsciiLetterLower).ToArray());
        return letters.Length == 0 || Words.Contains(letters);
    }

    private static FrozenSet<string> Load(string file)
    {
        var name = "Zmd.Vocational.Identity.Passwords." + file;
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded list {name} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.ToLowerInvariant());
            }
        }

        return lines.ToFrozenSet(StringComparer.Ordinal);
    }
}
