using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Institutions.Domain;

namespace Zmd.Vocational.Institutions.Application;

/// <summary>Reads go through the school filter of the DbContext, so a school user can only ever get their own row;
/// another school's id is simply "not found".</summary>
internal sealed class SchoolDirectory(DbContext db) : ISchoolDirectory
{
    private IQueryable<School> Schools => db.Set<School>().AsNoTracking();

    public async Task<IReadOnlyList<SchoolDto>> ListAsync(SchoolQuery query, CancellationToken ct = default)
    {
        var schools = Schools;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            schools = schools.Where(s => s.Name.Contains(search) || s.Code.Contains(search));
        }

        if (query.Type is { } type)
        {
            schools = schools.Where(s => s.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.CountyCode))
        {
            schools = schools.Where(s => s.County!.Code == query.CountyCode);
        }

        if (!query.IncludeInactive)
        {
            schools = schools.Where(s => s.IsActive);
        }

        return await schools.OrderBy(s => s.County!.Sort).ThenBy(s => s.Code).ProjectToDto().ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SchoolDto>> ListAllActiveAsync(CancellationToken ct = default) =>
        await Schools.IgnoreQueryFilters([QueryFilters.SchoolScope]).Where(s => s.IsActive)
            .OrderBy(s => s.County!.Sort).ThenBy(s => s.Code).ProjectToDto().ToListAsync(ct);

    public async Task<SchoolDto> GetAsync(Guid id, CancellationToken ct = default) =>
        await Schools.Where(s => s.Id == id).ProjectToDto().FirstOrDefaultAsync(ct)
        ?? throw BusinessException.NotFound(InstitutionsErrorCodes.SchoolNotFound, id);

    public async Task<SchoolDto?> FindByCodeAsync(string code, CancellationToken ct = default) =>
        await Schools.Where(s => s.Code == code.Trim()).ProjectToDto().FirstOrDefaultAsync(ct);

    public async Task<SchoolDto> CreateAsync(SchoolInput input, CancellationToken ct = default)
    {
        var school = new School();
        await ApplyAsync(school, input, ct);
        db.Add(school);
        await db.SaveChangesAsync(ct);
        return await GetAsync(school.Id, ct);
    }

    public async Task<SchoolDto> UpdateAsync(Guid id, SchoolInput input, CancellationToken ct = default)
    {
        var school = await db.Set<School>().FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw BusinessException.NotFound(InstitutionsErrorCodes.SchoolNotFound, id);
        await ApplyAsync(school, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(school.Id, ct);
    }

    /// <summary>Checks every field before touching the entity, so a refused edit changes nothing.</summary>
    private async Task ApplyAsync(School school, SchoolInput input, CancellationToken ct)
    {
        var code = Guard.Required(input.Code, "SchoolCode", 32);
        if (!code.All(char.IsAsciiLetterOrDigit))
        {
            throw new BusinessException(InstitutionsErrorCodes.InvalidSchoolCode, ErrorKind.Validation,
                new Dictionary<string, object?> { ["code"] = code }, "SchoolCode");
        }

        var name = Guard.Required(input.Name, "SchoolName", 128);
        var type = Guard.Required(input.Type, "SchoolType");
        var ownership = Guard.Required(input.Ownership, "Ownership");
        var countyCode = Guard.Required(input.CountyCode, "County", 16);
        var county = await db.Set<County>().FirstOrDefaultAsync(c => c.Code == countyCode, ct)
            ?? throw new BusinessException(InstitutionsErrorCodes.UnknownCounty, ErrorKind.Validation,
                new Dictionary<string, object?> { ["code"] = countyCode }, "County");

        // Deleted and other schools' rows count too: a code is never reused.
        var duplicate = await db.Set<School>().IgnoreQueryFilters().AnyAsync(s => s.Code == code && s.Id != school.Id, ct);
        if (duplicate)
        {
            throw new BusinessException(InstitutionsErrorCodes.DuplicateSchoolCode, ErrorKind.Conflict,
                new Dictionary<string, object?> { ["code"] = code }, "SchoolCode");
        }

        school.Code = code;
        school.Name = name;
        school.Type = type;
        school.Ownership = ownership;
        school.CountyId = county.Id;
        school.IsActive = input.IsActive;
    }
}
