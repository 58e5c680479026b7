using Microsoft.EntityFrameworkCore;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Targets.Contracts;
using Zmd.Vocational.Targets.Domain;

namespace Zmd.Vocational.Targets.Application;

internal sealed class MonitoringSettingsService(DbContext db) : IMonitoringSettings
{
    public async Task<MonitoringSettingsDto> GetAsync(CancellationToken ct = default)
    {
        var s = await db.Set<MonitoringSettings>().AsNoTracking().OrderBy(x => x.Id).FirstOrDefaultAsync(ct) ?? new MonitoringSettings();
        return new MonitoringSettingsDto(s.OnTrackTolerance, s.AtRiskTolerance, s.JumpShare);
    }

    /// <summary>Tolerances are shares between 0 and 1, on track no wider than at risk.</summary>
    public async Task<MonitoringSettingsDto> SaveAsync(MonitoringSettingsDto settings, CancellationToken ct = default)
    {
        if (settings.OnTrackTolerance is < 0 or > 1 || settings.AtRiskTolerance is < 0 or > 1 || settings.JumpShare is <= 0 or > 10
            || settings.OnTrackTolerance > settings.AtRiskTolerance)
        {
            throw new BusinessException(TargetsErrorCodes.InvalidSettings, ErrorKind.Validation);
        }

        var s = await db.Set<MonitoringSettings>().OrderBy(x => x.Id).FirstOrDefaultAsync(ct);
        if (s is null)
        {
            s = new MonitoringSettings();
            db.Add(s);
        }

        s.OnTrackTolerance = settings.OnTrackTolerance;
        s.AtRiskTolerance = settings.AtRiskTolerance;
        s.JumpShare = settings.JumpShare;
        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }
}
