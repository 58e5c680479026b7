using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Filing.Contracts;
using M = Zmd.Vocational.Certificates.Contracts.CertificateMeasures;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>1+X pilots of one school and year.</summary>
internal sealed class PilotMeasures(DbContext db) : IMeasureSource
{
    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.PilotMajors, CertificatesDatasets.Pilots, "开展1+X试点的专业", "Majors with a 1+X pilot", "个"),
    ];

    public string Dataset => CertificatesDatasets.Pilots;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var majors = await db.Set<CertificatePilotRecord>().AsNoTracking()
            .Where(p => p.SchoolId == scope.SchoolId && p.Year == scope.Year)
            .Select(p => p.MajorCode).Distinct().CountAsync(ct);
        return new MeasureValues(Definitions).Set(M.PilotMajors, majors).ToDictionary();
    }
}

/// <summary>1+X results of one school and year: distinct students trained, examined, certified.</summary>
internal sealed class ResultMeasures(DbContext db) : IMeasureSource
{
    public static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(M.StudentsTrained, CertificatesDatasets.Results, "参加1+X培训的学生", "Students trained for 1+X", "人"),
        new(M.StudentsExamined, CertificatesDatasets.Results, "参加1+X考核的学生", "Students examined for 1+X", "人"),
        new(M.StudentsCertified, CertificatesDatasets.Results, "取得1+X证书的学生", "Students certified under 1+X", "人"),
    ];

    public string Dataset => CertificatesDatasets.Results;

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(FilingScope scope, CancellationToken ct)
    {
        var rows = db.Set<CertificateResultRecord>().AsNoTracking().Where(r => r.SchoolId == scope.SchoolId && r.Year == scope.Year);
        return new MeasureValues(Definitions)
            .Set(M.StudentsTrained, await rows.Where(r => r.Trained).Select(r => r.StudentNumber).Distinct().CountAsync(ct))
            .Set(M.StudentsExamined, await rows.Where(r => r.Examined).Select(r => r.StudentNumber).Distinct().CountAsync(ct))
            .Set(M.StudentsCertified, await rows.Where(r => r.Passed).Select(r => r.StudentNumber).Distinct().CountAsync(ct))
            .ToDictionary();
    }
}
