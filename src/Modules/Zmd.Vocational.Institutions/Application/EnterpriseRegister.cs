using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Validation;
using Zmd.Vocational.Institutions.Contracts;
using Zmd.Vocational.Institutions.Domain;

namespace Zmd.Vocational.Institutions.Application;

internal sealed class EnterpriseRegister(DbContext db) : IEnterpriseRegister
{
    private IQueryable<Enterprise> Enterprises => db.Set<Enterprise>().AsNoTracking();

    public async Task<IReadOnlyList<EnterpriseDto>> ListAsync(string? search, CancellationToken ct = default)
    {
        var query = Enterprises;
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            var upper = s.ToUpperInvariant();
            query = query.Where(e => e.Name.Contains(s) || e.CreditCode.Contains(upper));
        }

        return await query.OrderBy(e => e.Name).ProjectToDto().ToListAsync(ct);
    }

    public async Task<EnterpriseDto> GetAsync(Guid id, CancellationToken ct = default) =>
        await Enterprises.Where(e => e.Id == id).ProjectToDto().FirstOrDefaultAsync(ct)
        ?? throw BusinessException.NotFound(InstitutionsErrorCodes.EnterpriseNotFound, id);

    public async Task<EnterpriseDto?> FindByCreditCodeAsync(string creditCode, CancellationToken ct = default)
    {
        var code = UnifiedSocialCreditCode.Normalize(creditCode);
        return await Enterprises.Where(e => e.CreditCode == code).ProjectToDto().FirstOrDefaultAsync(ct);
    }

    public async Task<EnterpriseDto> CreateAsync(EnterpriseInput input, CancellationToken ct = default)
    {
        // Registering a deleted enterprise again brings its row back (the credit code is unique for all time).
        var code = input.CreditCode is null ? null : UnifiedSocialCreditCode.Normalize(input.CreditCode);
        var deleted = await db.Set<Enterprise>().IgnoreQueryFilters().FirstOrDefaultAsync(e => e.CreditCode == code && e.IsDeleted, ct);
        var enterprise = deleted ?? new Enterprise();
        await ApplyAsync(enterprise, input, ct);
        if (deleted is null)
        {
            db.Add(enterprise);
        }

        enterprise.IsDeleted = false;
        enterprise.DeletedAt = null;
        enterprise.DeletedBy = null;
        await db.SaveChangesAsync(ct);
        return await GetAsync(enterprise.Id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var enterprise = await db.Set<Enterprise>().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw BusinessException.NotFound(InstitutionsErrorCodes.EnterpriseNotFound, id);
        db.Remove(enterprise);
        await db.SaveChangesAsync(ct);
    }

    public async Task<EnterpriseDto> UpdateAsync(Guid id, EnterpriseInput input, CancellationToken ct = default)
    {
        var enterprise = await db.Set<Enterprise>().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw BusinessException.NotFound(InstitutionsErrorCodes.EnterpriseNotFound, id);
        await ApplyAsync(enterprise, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task ApplyAsync(Enterprise enterprise, EnterpriseInput input, CancellationToken ct)
    {
        var name = Guard.Required(input.Name, "EnterpriseName", 200);
        var code = UnifiedSocialCreditCode.Normalize(Guard.Required(input.CreditCode, "CreditCode", 64));
        if (!UnifiedSocialCreditCode.IsValid(code))
        {
            throw new BusinessException(InstitutionsErrorCodes.InvalidCreditCode, ErrorKind.Validation,
                new Dictionary<string, object?> { ["code"] = code }, "CreditCode");
        }

        var size = Guard.Required(input.Size, "EnterpriseSize");
        var industry = Guard.Optional(input.Industry, "Industry", 64);

        if (await db.Set<Enterprise>().IgnoreQueryFilters().AnyAsync(e => e.CreditCode == code && e.Id != enterprise.Id, ct))
        {
            throw new BusinessException(InstitutionsErrorCodes.DuplicateCreditCode, ErrorKind.Conflict,
                new Dictionary<string, object?> { ["code"] = code }, "CreditCode");
        }

        enterprise.Name = name;
        enterprise.CreditCode = code;
        enterprise.Size = size;
        enterprise.Industry = industry;
    }
}
