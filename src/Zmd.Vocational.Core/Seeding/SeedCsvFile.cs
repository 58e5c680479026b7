using nietras.SeparatedValues;

namespace Zmd.Vocational.Core.Seeding;

/// <summary>One row of a seed file: values by header name, and the line it came from for error messages.</summary>
public sealed class SeedRow(string file, int line, IReadOnlyDictionary<string, string> values)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    public string Required(string column) =>
        Optional(column) ?? throw new InvalidDataException($"{File} line {Line}: column '{column}' is empty.");

    public string? Optional(string column)
    {
        if (!values.TryGetValue(column, out var value))
        {
            throw new InvalidDataException($"{File}: column '{column}' is missing from the header.");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}

/// <summary>Reads the readable reference-data files under seeds/ (UTF-8 CSV, with or without BOM, quoted fields).</summary>
public static class SeedCsvFile
{
    public static IReadOnlyList<SeedRow> Read(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Seed file not found: {path}", path);
        }

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, HasHeader = true }).FromFile(path);
        var headers = reader.Header.ColNames;
        var rows = new List<SeedRow>();
        var line = 1;
        foreach (var row in reader)
        {
            line++;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                values[headers[i]] = row[i].ToString();
            }

            rows.Add(new SeedRow(fileName, line, values));
        }

        return rows;
    }

    /// <summary>The seeds/ folder: configured, else found by walking up from the app folder and the working folder,
    /// so the same binaries find it from the repository, a test run or a published folder that ships it.</summary>
    public static string LocateSeedsDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (File.Exists(Path.Combine(candidate, "counties.csv")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("The seeds folder was not found; set Seeding:Directory.");
    }
}
