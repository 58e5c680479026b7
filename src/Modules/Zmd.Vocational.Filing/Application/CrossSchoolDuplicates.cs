using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Core.Validation;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Filing.Data;
using Zmd.Vocational.Filing.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>The bureau's list of students filed by two schools, and their resolution. Endpoints and pages require
/// <see cref="FilingPermissions.ViewDuplicates"/> / <see cref="FilingPermissions.ResolveDuplicates"/>; a school user is
/// also refused here, so that no other way in can show one school another's students.</summary>
internal sealed class CrossSchoolDuplicates(DbContext db, ISchoolDirectory schools, DatasetCatalog datasets, ICurrentUser user, TimeProvider clock)
    : ICrossSchoolDuplicates
{
    /// <summary>Findings listed at most (open ones first).</summary>
    internal const int MaxListed = 1000;

    private const int MaxFlagged = 200;

    public async Task<CrossSchoolDuplicatesDto> ListAsync(DuplicateQuery query, bool showPersonalData, CancellationToken ct = default)
    {
        EnsureBureau();
        var names = await SchoolsAsync(ct);
        var findings = db.Set<CrossSchoolDuplicate>().AsNoTracking().Where(f => f.Year == query.Year);
        var flagged = db.Set<FlaggedUpload>().AsNoTracking().Where(f => f.Year == query.Year);
        if (query.School is { } code)
        {
            // An unknown code lists nothing (Guid.Empty is no school).
            var school = names.Values.FirstOrDefault(s => s.Code == code.Trim())?.Id ?? Guid.Empty;
            findings = findings.Where(f => f.SchoolId == school || f.OtherSchoolId == school);
            flagged = flagged.Where(f => f.SchoolId == school);
        }

        if (query.Dataset is { } dataset)
        {
            findings = findings.Where(f => f.DatasetCode == dataset);
            flagged = flagged.Where(f => f.DatasetCode == dataset);
        }

        if (query.Status is { } status)
        {
            findings = findings.Where(f => f.Status == status);
        }

        var list = await findings.OrderBy(f => f.Status).ThenByDescending(f => f.CreatedAt).ThenBy(f => f.RowNumber).Take(MaxListed).ToListAsync(ct);
        var filings = await FilingsAsync(query.Year, ct);
        var uploads = await flagged.OrderByDescending(f => f.At).Take(MaxFlagged).ToListAsync(ct);
        return new CrossSchoolDuplicatesDto(
            query.Year,
            list.ConvertAll(f => ToDto(f, names, filings, showPersonalData)),
            uploads.ConvertAll(f => new FlaggedUploadDto(f.At, f.UserName, Name(names, f.SchoolId).Code, Name(names, f.SchoolId).Name, f.Year,
                f.DatasetCode, f.FilingVersion, f.Rows, f.Clashes, f.SamePrefixRows)));
    }

    public async Task<CrossSchoolDuplicateDto> ResolveAsync(Guid id, string? note, bool showPersonalData, CancellationToken ct = default)
    {
        EnsureBureau();
        var finding = await db.Set<CrossSchoolDuplicate>().FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw new BusinessException(FilingErrorCodes.DuplicateNotFound, ErrorKind.NotFound);
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new BusinessException(FilingErrorCodes.NoteRequired, ErrorKind.Validation, field: "Note");
        }

        var text = Guard.Required(note, "Note", FilingModelBuilderExtensions.NoteLength);
        if (finding.Status != DuplicateStatus.Open)
        {
            throw new BusinessException(FilingErrorCodes.DuplicateNotOpen, ErrorKind.Conflict);
        }

        // A tracked change of an IChangeAudited entity: the data change log records who resolved it, when and the note.
        finding.Status = DuplicateStatus.Resolved;
        finding.ResolvedAt = clock.GetUtcNow().UtcDateTime;
        finding.ResolvedBy = user.UserName;
        finding.ResolutionNote = text;
        await db.SaveChangesAsync(ct);
        return ToDto(finding, await SchoolsAsync(ct), await FilingsAsync(finding.Year, ct), showPersonalData);
    }

    /// <summary>The value as the filing's own preview shows it: an ID number masked unless the reader may see personal
    /// data (and masked as one when the dataset no longer names its column).</summary>
    private string Shown(CrossSchoolDuplicate f, bool showPersonalData)
    {
        var definition = datasets.Handler(f.DatasetCode).Definition;
        return definition.UniqueAcrossSchools is { } key
            ? CellText.Format(definition.Columns[definition.IndexOf(key)], f.Value, showPersonalData) ?? ""
            : showPersonalData ? f.Value : ResidentIdNumber.Mask(f.Value);
    }

    private void EnsureBureau()
    {
        if (!user.SeesAllSchools())
        {
            throw new BusinessException(CoreErrorCodes.Forbidden, ErrorKind.Forbidden);
        }
    }

    private async Task<Dictionary<Guid, SchoolDto>> SchoolsAsync(CancellationToken ct) =>
        (await schools.ListAsync(new SchoolQuery(), ct)).ToDictionary(s => s.Id);

    private async Task<Dictionary<(Guid, string), Guid>> FilingsAsync(int year, CancellationToken ct) =>
        await db.Set<SchoolFiling>().AsNoTracking().Where(f => f.Year == year)
            .ToDictionaryAsync(f => (f.SchoolId, f.DatasetCode), f => f.Id, ct);

    private static (string Code, string Name) Name(Dictionary<Guid, SchoolDto> names, Guid id) =>
        names.TryGetValue(id, out var s) ? (s.Code, s.Name) : ("", "");

    private CrossSchoolDuplicateDto ToDto(CrossSchoolDuplicate f, Dictionary<Guid, SchoolDto> names, Dictionary<(Guid, string), Guid> filings,
        bool showPersonalData)
    {
        DuplicateSideDto Side(Guid school, string number, string name) =>
            new(Name(names, school).Code, Name(names, school).Name, number, name,
                filings.TryGetValue((school, f.DatasetCode), out var filing) ? filing : null);

        return new CrossSchoolDuplicateDto(f.Id, f.Year, f.DatasetCode, Shown(f, showPersonalData),
            Side(f.SchoolId, f.RowNumber, f.RowName), Side(f.OtherSchoolId, f.OtherRowNumber, f.OtherRowName), f.Status,
            f.CreatedAt, f.ClosedAt, f.ResolvedAt, f.ResolvedBy, f.ResolutionNote);
    }
}
