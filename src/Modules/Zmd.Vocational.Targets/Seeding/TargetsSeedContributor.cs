using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Targets.Domain;
using static Zmd.Vocational.Targets.Data.TargetsModelBuilderExtensions;

namespace Zmd.Vocational.Targets.Seeding;

/// <summary>The plan's targets from seeds/targets.csv. Idempotent: rows are matched by code and every field follows
/// the file, which is the source of truth for the plan's numbers (a corrected number updates the row, and the
/// change audit records it). Runs after Institutions' reference data.</summary>
internal sealed class TargetsSeedContributor(DbContext db, ILogger<TargetsSeedContributor> logger) : IDataSeedContributor
{
    public const string FileName = "targets.csv";

    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        var existing = await db.Set<Target>().ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sort = 0;
        foreach (var row in SeedCsvFile.Read(context.SeedsDirectory, FileName))
        {
            var code = TargetSeedValues.Required(row, "code", CodeLength);
            if (!seen.Add(code))
            {
                throw new InvalidDataException($"{row.File} line {row.Line}: code '{code}' appears twice.");
            }

            if (!existing.TryGetValue(code, out var target))
            {
                target = new Target { Code = code };
                db.Add(target);
            }

            Apply(target, row, ++sort);
        }

        await db.SaveChangesAsync(ct);

        // Rows are never deleted here: figures may already be measured against them. Say so instead.
        var dropped = existing.Keys.Where(c => !seen.Contains(c)).ToList();
        if (dropped.Count > 0)
        {
            logger.LogWarning("Targets {Codes} are in the database but no longer in {File}.", string.Join(", ", dropped), FileName);
        }
    }

    private static void Apply(Target target, SeedRow row, int sort)
    {
        target.Sort = sort;
        target.NameZh = TargetSeedValues.Required(row, "name_zh", NameLength);
        target.NameEn = TargetSeedValues.Required(row, "name_en", NameLength);
        target.Unit = TargetSeedValues.Required(row, "unit", UnitLength);
        target.BaselineYear = TargetSeedValues.OptionalYear(row, "baseline_year");
        (target.BaselineValue, target.BaselineText) = TargetSeedValues.Amount(row, "baseline_value", TextLength);
        target.TargetYear = TargetSeedValues.Year(row, "target_year");
        target.Comparator = TargetSeedValues.Comparator(row);
        target.Kind = TargetSeedValues.Kind(row);
        target.Section = TargetSeedValues.Required(row, "section", SectionLength);
        target.ConflictGroup = TargetSeedValues.Optional(row, "conflict_group", CodeLength);
        target.Note = TargetSeedValues.Optional(row, "note", NoteLength);

        var (value, text) = TargetSeedValues.Amount(row, "target_value", TextLength);
        target.TargetValue = value;
        target.TargetText = value is null && text is null ? TargetSeedValues.QuotedTargetWords(target.Note, target.TargetYear, TextLength) : text;
    }
}
