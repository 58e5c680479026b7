using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Filing.Contracts.ValidatedRow;
using static Zmd.Vocational.Apprenticeship.Data.ApprenticeshipModelBuilderExtensions;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>The social training (社会培训) as Filing sees it: columns, code list, and the mapping between a filed row and a
/// <see cref="SocialTrainingRecord"/>.</summary>
internal static class SocialTrainingDataset
{
    public const int Order = 50;

    public static readonly CodeSet<TrainingCategory> Categories = new(
        (TrainingCategory.SkillTraining, nameof(TrainingCategory.SkillTraining), "职业技能培训"),
        (TrainingCategory.EmployeeTraining, nameof(TrainingCategory.EmployeeTraining), "企业职工培训"),
        (TrainingCategory.RuralTransfer, nameof(TrainingCategory.RuralTransfer), "农村劳动力转移培训"),
        (TrainingCategory.Veterans, nameof(TrainingCategory.Veterans), "退役军人培训"),
        (TrainingCategory.Other, nameof(TrainingCategory.Other), "其他"));

    public static readonly DatasetDefinition Definition = new(
        ApprenticeshipDatasets.SocialTraining,
        "社会培训",
        "Social training",
        Order,
        [
            new(nameof(SocialTrainingRecord.Program), "培训项目", "Programme", ColumnType.Text, Required: true, MaxLength: ProgramLength,
                NoteZh: "项目名称在本文件中不得重复；同一项目分期举办的，可合并为一行，或在名称中注明期次。"),
            new(nameof(SocialTrainingRecord.Category), "培训类别", "Category", ColumnType.Code, Required: true, Options: Categories.Options),
            new(nameof(SocialTrainingRecord.PersonTimes), "培训人次", "Person-times", ColumnType.Integer, Required: true, Min: 0, Max: 1_000_000,
                NoteZh: "本学年该项目培训的人次，同一人参加多期的按多人次计。"),
            new(nameof(SocialTrainingRecord.Hours), "培训学时", "Teaching hours", ColumnType.Integer, Required: true, Min: 1, Max: 10_000,
                NoteZh: "该项目（每期）的培训学时。"),
        ],
        UniqueInFile: [nameof(SocialTrainingRecord.Program)],
        DescriptionZh: "本学年面向社会开展的培训项目（不含本校在校生的教学），每个项目一行。");

    public static readonly int Program = Definition.IndexOf(nameof(SocialTrainingRecord.Program));
    public static readonly int Category = Definition.IndexOf(nameof(SocialTrainingRecord.Category));
    public static readonly int PersonTimes = Definition.IndexOf(nameof(SocialTrainingRecord.PersonTimes));
    public static readonly int Hours = Definition.IndexOf(nameof(SocialTrainingRecord.Hours));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(SocialTrainingRecord.Id), nameof(SocialTrainingRecord.SchoolId), nameof(SocialTrainingRecord.Year),
        nameof(SocialTrainingRecord.Program), nameof(SocialTrainingRecord.Category), nameof(SocialTrainingRecord.PersonTimes),
        nameof(SocialTrainingRecord.Hours),
    ];

    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(Program), nameof(SocialTrainingRecord.Program)),
        Categories.Parse(row.Text(Category), nameof(SocialTrainingRecord.Category)),
        checked((int)(row.Integer(PersonTimes) ?? throw Missing(nameof(SocialTrainingRecord.PersonTimes)))),
        checked((int)(row.Integer(Hours) ?? throw Missing(nameof(SocialTrainingRecord.Hours)))),
    ];

    public static object?[] ToColumnValues(SocialTrainingRecord t) =>
    [
        t.Program, Categories.Code(t.Category), (long)t.PersonTimes, (long)t.Hours,
    ];
}
