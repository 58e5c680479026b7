using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Filing.Contracts.ValidatedRow;
using static Zmd.Vocational.Enrolment.Data.EnrolmentModelBuilderExtensions;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>The majors offered (开设专业及教学学时) as Filing sees them: columns, ranges, and the mapping between a filed
/// row and a <see cref="MajorOfferedRecord"/>. The hours are the programme's (人才培养方案), over its whole length of
/// study, as 教职成〔2019〕13号 states its minimums and the 50% practice share.</summary>
internal static class MajorOfferedDataset
{
    /// <summary>After the teachers (10) and apprenticeship cohorts (20), before the students (30): a school states which
    /// majors it runs before it lists who studies them. Nothing references it (yet), so the place is a reading order.</summary>
    public const int Order = 25;

    /// <summary>The largest number of hours a programme can plausibly hold (a 5-year programme has about 5,500).</summary>
    public const int MaxHours = 10_000;

    /// <summary>Far above any one major's yearly intake, so only a typing error is refused.</summary>
    public const int MaxIntake = 100_000;

    public static readonly DatasetDefinition Definition = new(
        EnrolmentDatasets.MajorsOffered,
        "开设专业及教学学时",
        "Majors offered and teaching hours",
        Order,
        [
            new(nameof(MajorOfferedRecord.MajorCode), "专业代码", "Major code", ColumnType.Code, Required: true, MaxLength: MajorCodeLength,
                OptionsSource: CodeLists.Majors, NoteZh: "《职业教育专业目录（2021年）》中的专业代码；每个专业一行，在本文件中不得重复。"),
            new(nameof(MajorOfferedRecord.MajorName), "专业名称", "Major name", ColumnType.Text, Required: false, MaxLength: MajorNameLength,
                NoteZh: "可不填，仅便于核对；以专业代码为准。"),
            new(nameof(MajorOfferedRecord.TotalHours), "总学时", "Total teaching hours", ColumnType.Integer, Required: true, Min: 1, Max: MaxHours,
                NoteZh: "按本专业现行人才培养方案填写整个学制的总学时（中职一般不低于3000学时）。"),
            new(nameof(MajorOfferedRecord.PracticeHours), "实践性教学学时", "Practice teaching hours", ColumnType.Integer, Required: true,
                Min: 0, Max: MaxHours, NoteZh: "人才培养方案中的实践性教学学时，不得超过总学时；一般应占总学时50%以上（教职成〔2019〕13号）。"),
            new(nameof(MajorOfferedRecord.Intake), "招生人数", "Intake", ColumnType.Integer, Required: false, Min: 0, Max: MaxIntake,
                NoteZh: "本学年本专业招生人数；本学年未招生的填0，不清楚的可留空。"),
        ],
        UniqueInFile: [nameof(MajorOfferedRecord.MajorCode)],
        DescriptionZh: "本学年本校开设的全部专业，每个专业一行，填写其人才培养方案的总学时和实践性教学学时。");

    // Column positions in the definition (and in FilingRow.Values and ReadAsync's arrays).
    public static readonly int MajorCode = Definition.IndexOf(nameof(MajorOfferedRecord.MajorCode));
    public static readonly int MajorName = Definition.IndexOf(nameof(MajorOfferedRecord.MajorName));
    public static readonly int TotalHours = Definition.IndexOf(nameof(MajorOfferedRecord.TotalHours));
    public static readonly int PracticeHours = Definition.IndexOf(nameof(MajorOfferedRecord.PracticeHours));
    public static readonly int Intake = Definition.IndexOf(nameof(MajorOfferedRecord.Intake));

    /// <summary>The entity properties the bulk insert writes, in the order of <see cref="ToStoredValues"/>.</summary>
    public static readonly IReadOnlyList<string> StoredProperties =
    [
        nameof(MajorOfferedRecord.Id), nameof(MajorOfferedRecord.SchoolId), nameof(MajorOfferedRecord.Year),
        nameof(MajorOfferedRecord.MajorCode), nameof(MajorOfferedRecord.MajorName), nameof(MajorOfferedRecord.TotalHours),
        nameof(MajorOfferedRecord.PracticeHours), nameof(MajorOfferedRecord.Intake),
    ];

    /// <summary>A validated row as the entity holds it (hours as int), with a new id.</summary>
    public static object?[] ToStoredValues(object schoolId, object year, FilingRow row) =>
    [
        Guid.CreateVersion7(), schoolId, year,
        Required(row.Text(MajorCode), nameof(MajorOfferedRecord.MajorCode)),
        row.Text(MajorName),
        checked((int)(row.Integer(TotalHours) ?? throw Missing(nameof(MajorOfferedRecord.TotalHours)))),
        checked((int)(row.Integer(PracticeHours) ?? throw Missing(nameof(MajorOfferedRecord.PracticeHours)))),
        row.Integer(Intake) is { } intake ? checked((int)intake) : null,
    ];

    /// <summary>A stored row in column order, typed as Filing converts cells (Integer as long).</summary>
    public static object?[] ToColumnValues(MajorOfferedRecord m) =>
    [
        m.MajorCode, m.MajorName, (long)m.TotalHours, (long)m.PracticeHours, (long?)m.Intake,
    ];
}
