using System.Globalization;

namespace Zmd.Vocational.Targets.Indicators;

/// <summary>A sum of measures with coefficients, as indicator numerators and denominators are written in
/// seeds/indicators.csv: "fac.fulltime + 0.5 * fac.external", "a - b". Deliberately no more than that: the bureau can
/// read and change it, and it adds up over schools (the sum of a school's terms is the term of their sum).</summary>
internal sealed class LinearExpression
{
    private LinearExpression(IReadOnlyList<(decimal Coefficient, string Code)> terms, string text)
    {
        Terms = terms;
        Text = text;
    }

    public IReadOnlyList<(decimal Coefficient, string Code)> Terms { get; }

    public string Text { get; }

    public IEnumerable<string> Codes => Terms.Select(t => t.Code);

    /// <summary>Null when any measure is missing: a figure built from part of its terms would be wrong, not partial.</summary>
    public decimal? Evaluate(Func<string, decimal?> value)
    {
        var sum = 0m;
        foreach (var (coefficient, code) in Terms)
        {
            if (value(code) is not { } v)
            {
                return null;
            }

            sum += coefficient * v;
        }

        return sum;
    }

    /// <summary>Operators stand between spaces ("a + b", "a - 0.5 * b"), because measure codes contain hyphens
    /// ("cert.pilot-majors"). Throws FormatException naming the bad term.</summary>
    public static LinearExpression Parse(string text)
    {
        var tokens = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var terms = new List<(decimal, string)>();
        var sign = 1m;
        var term = new List<string>();
        foreach (var token in tokens.Append("+"))
        {
            if (token is "+" or "-")
            {
                if (term.Count == 0)
                {
                    throw new FormatException($"Expression '{text}' has an empty term.");
                }

                terms.Add(Term(string.Concat(term), sign, text));
                sign = token == "-" ? -1m : 1m;
                term.Clear();
            }
            else
            {
                term.Add(token);
            }
        }

        return new LinearExpression(terms, text.Trim());
    }

    private static (decimal, string) Term(string term, decimal sign, string text)
    {
        var parts = term.Split('*', StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 when IsCode(parts[0]) => (sign, parts[0]),
            2 when decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var k) && IsCode(parts[1]) =>
                (sign * k, parts[1]),
            _ => throw new FormatException($"Expression '{text}': '{term}' is not a measure code or 'number * code'."),
        };
    }

    private static bool IsCode(string code) =>
        code.Length > 0 && char.IsAsciiLetterLower(code[0]) && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-');
}
