using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Core.Data;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.Apprenticeship.Contracts.ApprenticeshipMeasures;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>现代学徒制班级 of one school and year.</summary>
internal sealed class CohortMeasures(DbContext db) : IMeasureSource
{
    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.Cohorts, ApprenticeshipDatasets.Cohorts, "现代学徒制班级", "Apprenticeship cohorts", "个"),
        new(M.CohortsWithAgreement, ApprenticeshipDatasets.Cohorts, "已签三方协议的学徒制班级", "Cohorts with a signed agreement", "个"),
    ];

    public string Dataset => ApprenticeshipDatasets.Cohorts;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var rows = db.Set<CohortRecord>().AsNoTracking().Where(c => c.SchoolId == scope.SchoolId && c.Year == scope.Year);
        return new MeasureValues(Definitions)
            .Set(M.Cohorts, await rows.CountAsync(ct))
            .Set(M.CohortsWithAgreement, await rows.CountAsync(c => c.AgreementSigned, ct))
            .ToDictionary();
    }
}

/// <summary>合作企业 of one school and year.</summary>
internal sealed class PartnerMeasures(DbContext db) : IMeasureSource
{
    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.Partners, ApprenticeshipDatasets.PartnerEnterprises, "合作企业", "Partner enterprises", "家"),
        new(M.PartnersAboveDesignatedSize, ApprenticeshipDatasets.PartnerEnterprises, "规模以上合作企业", "Partner enterprises above designated size", "家"),
    ];

    public string Dataset => ApprenticeshipDatasets.PartnerEnterprises;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var rows = db.Set<PartnerEnterpriseRecord>().AsNoTracking().Where(e => e.SchoolId == scope.SchoolId && e.Year == scope.Year);
        return new MeasureValues(Definitions)
            .Set(M.Partners, await rows.CountAsync(ct))
            .Set(M.PartnersAboveDesignatedSize, await rows.CountAsync(e => e.AboveDesignatedSize, ct))
            .ToDictionary();
    }
}

/// <summary>社会培训 of one school and year.</summary>
internal sealed class TrainingMeasures(DbContext db) : IMeasureSource
{
    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.TrainingPersonTimes, ApprenticeshipDatasets.SocialTraining, "社会培训人次", "Social training person-times", "人次"),
    ];

    public string Dataset => ApprenticeshipDatasets.SocialTraining;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var personTimes = await db.Set<SocialTrainingRecord>().AsNoTracking()
            .Where(t => t.SchoolId == scope.SchoolId && t.Year == scope.Year)
            .SumAsync(t => (long)t.PersonTimes, ct);
        return new MeasureValues(Definitions).Set(M.TrainingPersonTimes, personTimes).ToDictionary();
    }
}

/// <summary>Distinct partner enterprises over a set of schools. Lifts the school scope on purpose: the result is two
/// counts, never rows, and the caller chooses the schools.</summary>
internal sealed class DistinctPartnerMeasures(DbContext db) : ICrossSchoolMeasureSource
{
    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.DistinctPartners, ApprenticeshipDatasets.PartnerEnterprises, "合作企业（去重）", "Partner enterprises (distinct)", "家"),
        new(M.DistinctPartnersAboveDesignatedSize, ApprenticeshipDatasets.PartnerEnterprises, "参与职业教育的规模以上企业（去重）",
            "Enterprises above designated size taking part (distinct)", "家"),
    ];

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(int year, IReadOnlyCollection<Guid> schoolIds, CancellationToken ct)
    {
        var rows = db.Set<PartnerEnterpriseRecord>().IgnoreQueryFilters([QueryFilters.SchoolScope]).AsNoTracking()
            .Where(e => e.Year == year && schoolIds.Contains(e.SchoolId));
        return new MeasureValues(Definitions)
            .Set(M.DistinctPartners, await rows.Select(e => e.CreditCode).Distinct().CountAsync(ct))
            .Set(M.DistinctPartnersAboveDesignatedSize, await rows.Where(e => e.AboveDesignatedSize).Select(e => e.CreditCode).Distinct().CountAsync(ct))
            .ToDictionary();
    }
}
