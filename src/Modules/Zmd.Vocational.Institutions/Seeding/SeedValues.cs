using Zmd.Vocational.Core.Seeding;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Seeding;

/// <summary>The Chinese words of the seed files and the form fields, mapped to the module's enums.</summary>
internal static class SeedValues
{
    public static readonly IReadOnlyDictionary<string, SchoolType> SchoolTypes = new Dictionary<string, SchoolType>
    {
        ["中职"] = Contracts.SchoolType.SecondaryVocational,
        ["高职"] = Contracts.SchoolType.HigherVocational,
        ["职业本科"] = Contracts.SchoolType.VocationalBachelor,
        ["技工院校"] = Contracts.SchoolType.SkilledWorkerSchool,
        ["技师学院"] = Contracts.SchoolType.TechnicianCollege,
    };

    public static CountyKind CountyKind(SeedRow row) => Parse(row, "kind", new Dictionary<string, CountyKind>
    {
        ["city"] = Contracts.CountyKind.City,
        ["district"] = Contracts.CountyKind.District,
        ["county"] = Contracts.CountyKind.County,
        ["functional_area"] = Contracts.CountyKind.FunctionalArea,
    });

    public static SchoolType SchoolType(SeedRow row) => Parse(row, "type", SchoolTypes);

    public static SchoolOwnership Ownership(SeedRow row) => Parse(row, "ownership", new Dictionary<string, SchoolOwnership>
    {
        ["公办"] = SchoolOwnership.Public,
        ["民办"] = SchoolOwnership.Private,
    });

    public static MajorLevel MajorLevel(SeedRow row) => Parse(row, "level", new Dictionary<string, MajorLevel>
    {
        ["中职"] = Contracts.MajorLevel.Secondary,
        ["高职专科"] = Contracts.MajorLevel.Associate,
        ["职业本科"] = Contracts.MajorLevel.Bachelor,
    });

    private static T Parse<T>(SeedRow row, string column, IReadOnlyDictionary<string, T> values)
    {
        var text = row.Required(column);
        return values.TryGetValue(text, out var value)
            ? value
            : throw new InvalidDataException($"{row.File} line {row.Line}: '{text}' is not a valid {column} ({string.Join("/", values.Keys)}).");
    }
}
