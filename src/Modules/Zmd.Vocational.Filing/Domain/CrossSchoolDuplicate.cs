using Microsoft.AspNetCore.Identity;
using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Domain;

/// <summary>A value of a dataset's UniqueAcrossSchools column (a student's ID number) filed for the same year by two
/// schools: the school whose upload found it, the school that had filed it, and each school's row as last uploaded. The
/// bureau's alone: not school-owned (no school filter would let either school see it), read only with
/// <see cref="FilingPermissions.ViewDuplicates"/>. Every change — found, rows updated, closed, resolved — is in the data
/// change log, personal values masked there.</summary>
internal sealed class CrossSchoolDuplicate : AuditedEntity, IChangeAudited
{
    public int Year { get; set; }
    public string DatasetCode { get; set; } = "";

    [PersonalData]
    public string Value { get; set; } = "";

    /// <summary>The school whose upload found the clash, and its row.</summary>
    public Guid SchoolId { get; set; }

    public string RowNumber { get; set; } = "";

    [PersonalData]
    public string RowName { get; set; } = "";

    /// <summary>The school that had filed the value already, and its row.</summary>
    public Guid OtherSchoolId { get; set; }

    public string OtherRowNumber { get; set; } = "";

    [PersonalData]
    public string OtherRowName { get; set; } = "";

    public DuplicateStatus Status { get; set; } = DuplicateStatus.Open;

    /// <summary>When an upload of either school no longer held the value (Status Closed).</summary>
    public DateTime? ClosedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public string? ResolutionNote { get; set; }

    /// <summary>The school of the pair that is not <paramref name="school"/>.</summary>
    public Guid OtherThan(Guid school) => SchoolId == school ? OtherSchoolId : SchoolId;

    /// <summary>The rows as the latest upload of <paramref name="school"/> found them (either side may be that school).</summary>
    public void Saw(Guid school, ClashedRow own, ClashedRow other)
    {
        var (mine, theirs) = SchoolId == school ? (own, other) : (other, own);
        (RowNumber, RowName, OtherRowNumber, OtherRowName) = (mine.Number, mine.Name, theirs.Number, theirs.Name);
    }
}

/// <summary>An upload whose rows clashed with other schools' unusually often (<see cref="Application.UnusualUploadRule"/>),
/// kept for the bureau's findings page; the same upload is in the security log.</summary>
internal sealed class FlaggedUpload : Entity
{
    public DateTime At { get; set; }
    public string? UserName { get; set; }
    public Guid SchoolId { get; set; }
    public int Year { get; set; }
    public string DatasetCode { get; set; } = "";
    public int FilingVersion { get; set; }
    public int Rows { get; set; }
    public int Clashes { get; set; }

    /// <summary>The most rows of the upload sharing one clashing ID number's region and birth date.</summary>
    public int SamePrefixRows { get; set; }
}
