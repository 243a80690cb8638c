using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace IpsMonitor.LocalHost;

/// <summary>
/// The blob lease that keeps a timer tick single across hosts: held for 30 seconds and renewed every 10 while the run
/// lasts, so a host that dies lets the lease lapse within half a minute.
/// </summary>
internal sealed class TimerLease(BlobClient lockBlob)
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(30);

    /// <summary>The lock blob the lease is taken on; made once, by whichever host starts first.</summary>
    public async Task CreateAsync(CancellationToken ct)
    {
        try
        {
            await lockBlob.UploadAsync(BinaryData.Empty, overwrite: false, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Another host created it first, or holds its lease: either way it exists.
        }
    }

    /// <summary>Runs the action while holding the lease; false when another host holds it.</summary>
    public async Task<bool> RunAsync(Func<Task> action, CancellationToken ct)
    {
        var lease = lockBlob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(LeaseTime, cancellationToken: ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }

        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewing = RenewAsync(lease, renewal.Token);
        try
        {
            await action();
            return true;
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
            try
            {
                await lease.ReleaseAsync(cancellationToken: CancellationToken.None);
            }
            catch (Exception e) when (e is RequestFailedException || StorageFault.IsUnavailable(e))
            {
                // Lost meanwhile, or storage is away: it lapses by itself.
            }
        }
    }

    private static async Task RenewAsync(BlobLeaseClient lease, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseTime / 3, ct);
                await lease.RenewAsync(cancellationToken: ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is RequestFailedException || StorageFault.IsUnavailable(e))
        {
            // The lease is lost (storage hiccup or expiry); the run finishes, and the status check keeps the tick single.
        }
    }
}
