using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace IpsMonitor.Workspace;

/// <summary>
/// Keeps the data-protection keys (which sign the antiforgery tokens) in blob storage, so every instance of the app in
/// Azure, and the app after a restart, accepts the forms the others served. Access to the container is the app's
/// identity only, like the rest of its storage.
/// </summary>
internal sealed class BlobKeyRepository(BlobServiceClient blobs, StorageNames names) : IXmlRepository
{
    public const string Container = "dataprotection";

    private BlobContainerClient Keys => blobs.GetBlobContainerClient(names.Container(Container));

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        Keys.CreateIfNotExists();
        return Keys.GetBlobs(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "keys/", CancellationToken.None)
            .Select(b => XElement.Parse(Keys.GetBlobClient(b.Name).DownloadContent().Value.Content.ToString()))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        Keys.CreateIfNotExists();
        Keys.GetBlobClient($"keys/{friendlyName}.xml").Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: true);
    }
}
