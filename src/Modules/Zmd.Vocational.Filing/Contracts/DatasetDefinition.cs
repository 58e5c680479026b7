using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Contracts;

/// <summary>What a cell must hold. IdNumber and CreditCode carry their national check rules; IdNumber is personal data.</summary>
public enum ColumnType
{
    Text = 1,
    Integer = 2,
    Decimal = 3,
    Date = 4,
    Boolean = 5,
    Code = 6,
    IdNumber = 7,
    CreditCode = 8,
}

/// <summary>One allowed value of a coded column: the stored code and the Chinese label shown in the template's
/// drop-down. A file may hold either.</summary>
public sealed record CodeOption(string Code, string Label);

/// <summary>One column of a dataset, as it appears in the template and in uploaded files.</summary>
/// <param name="Key">Stable field name, e.g. "IdNumber".</param>
/// <param name="HeaderZh">The Chinese header of the template; files are matched on it (or on HeaderEn or Key).</param>
/// <param name="Options">Allowed values of a Code column, when fixed.</param>
/// <param name="OptionsSource">Name of a dynamic code list (<see cref="CodeLists"/>) for a Code column, e.g. majors.</param>
/// <param name="RevealsIdNumber">The value gives back hidden digits of the same row's resident ID number (the birth date is
/// digits 7–14): wherever the ID number is shown masked, this column is masked with it (the year only). Personal data.</param>
public sealed record DatasetColumn(
    string Key,
    string HeaderZh,
    string HeaderEn,
    ColumnType Type,
    bool Required,
    int MaxLength = 64,
    IReadOnlyList<CodeOption>? Options = null,
    string? OptionsSource = null,
    string? NoteZh = null,
    decimal? Min = null,
    decimal? Max = null,
    bool RevealsIdNumber = false);

/// <summary>A column whose value must exist as a key of another dataset of the same school and year
/// (a student's apprenticeship cohort code must be a filed cohort).</summary>
public sealed record DatasetReference(string ColumnKey, string DatasetCode, string TargetColumnKey);

/// <summary>A dataset a school files once per school year (students, teachers, …).</summary>
/// <param name="UniqueInFile">Columns whose values may appear only once in a file.</param>
/// <param name="UniqueAcrossSchools">A column whose value should be filed by only one school per year (a student's ID
/// number). A value another school filed too is stored like any other and becomes a finding for the bureau alone
/// (<see cref="IDatasetHandler.CrossSchoolClashesAsync"/>): the uploader is never told.</param>
/// <param name="DependsOn">Datasets that must be uploaded first because of <see cref="References"/>.</param>
/// <param name="SchoolTypes">The school types that file this dataset; null for every school. A dataset of the technician
/// college alone is neither listed, expected nor accepted for any other school.</param>
/// <param name="UniqueTogetherInFile">Columns whose values taken together may appear only once in a file (one internship
/// row per enterprise, kind and major), when no single column is unique.</param>
public sealed record DatasetDefinition(
    string Code,
    string NameZh,
    string NameEn,
    int Order,
    IReadOnlyList<DatasetColumn> Columns,
    IReadOnlyList<string> UniqueInFile,
    string? UniqueAcrossSchools = null,
    IReadOnlyList<DatasetReference>? References = null,
    string? DescriptionZh = null,
    IReadOnlyList<SchoolType>? SchoolTypes = null,
    IReadOnlyList<string>? UniqueTogetherInFile = null)
{
    /// <summary>Whether a school of <paramref name="type"/> files this dataset.</summary>
    public bool AppliesTo(SchoolType type) => SchoolTypes is null || SchoolTypes.Contains(type);

    public int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        throw new ArgumentException($"Dataset {Code} has no column {key}.", nameof(key));
    }
}

/// <summary>Names of the dynamic code lists the Filing module resolves.</summary>
public static class CodeLists
{
    /// <summary>Every major of the catalogue (code and name).</summary>
    public const string Majors = "majors";
}
