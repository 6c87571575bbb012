using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace GeoMap.Storage.Objects;

/// <summary>Where an S3-compatible bucket is and how to sign for it (<c>GeoMap:Storage:S3</c>).</summary>
public sealed class S3Settings
{
    /// <summary>The service's address (MinIO, Ceph RGW, a local test server); empty for AWS itself, by <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The region requests are signed for.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The bucket.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>A key prefix inside the bucket (<c>geomap/</c>), so that one bucket can serve several installations.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>The access key id; empty to use the SDK's own chain (environment, instance role).</summary>
    public string? AccessKey { get; set; }

    /// <summary>The secret key.</summary>
    public string? SecretKey { get; set; }

    /// <summary>Addresses the bucket in the path (<c>host/bucket/key</c>), as MinIO and Ceph expect; false for virtual hosts.</summary>
    public bool ForcePathStyle { get; set; } = true;
}

/// <summary>Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW), through the AWS SDK.</summary>
/// <remarks>
/// Checksums are sent only where S3 requires them and bodies are not aws-chunked: S3-compatible servers other than AWS
/// do not all accept the SDK's newer trailing checksums.
/// </remarks>
public sealed class S3Store : IObjectStore, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;
    private readonly string prefix;

    /// <summary>A store on the bucket <paramref name="settings"/> names.</summary>
    public S3Store(S3Settings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.Bucket);
        var config = new AmazonS3Config
        {
            ForcePathStyle = settings.ForcePathStyle,
            AuthenticationRegion = settings.Region,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(settings.ServiceUrl))
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(settings.Region);
        }
        else
        {
            config.ServiceURL = settings.ServiceUrl;
        }

        client = string.IsNullOrEmpty(settings.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), config);
        bucket = settings.Bucket;
        prefix = settings.Prefix.Trim('/') is { Length: > 0 } p ? p + "/" : "";
    }

    /// <inheritdoc />
    public async Task PutFileAsync(string key, string path, string contentType, CancellationToken cancellationToken) =>
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = Full(key), FilePath = path, ContentType = contentType, UseChunkEncoding = false,
        }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <remarks>Uploaded a few at a time; a reader may see part of a pyramid while it uploads, which is why a pyramid is
    /// stored before its overlay is marked ready.</remarks>
    public async Task PutFolderAsync(string prefix, string folder, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder);
        await Parallel.ForEachAsync(
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                await PutFileAsync(ObjectKeys.Check(prefix).TrimEnd('/') + "/" + relative, file, ContentType(file), token).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ObjectInfo?> InfoAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var head = await client.GetObjectMetadataAsync(bucket, Full(key), cancellationToken).ConfigureAwait(false);
            return new ObjectInfo(head.ContentLength, Time(head.LastModified), head.ETag);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<(Stream Content, ObjectInfo Info)?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetObjectAsync(bucket, Full(key), cancellationToken).ConfigureAwait(false);
            return (response.ResponseStream, new ObjectInfo(response.ContentLength, Time(response.LastModified), response.ETag));
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<bool> GetFileAsync(string key, string path, CancellationToken cancellationToken)
    {
        if (await OpenAsync(key, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return false;
        }

        await using var content = found.Content;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var output = File.Create(path);
        await content.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var folder = Full(prefix).TrimEnd('/') + "/";
        var count = 0;
        string? token = null;
        do
        {
            var page = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = folder, ContinuationToken = token }, cancellationToken).ConfigureAwait(false);
            var keys = page.S3Objects ?? [];
            if (keys.Count > 0)
            {
                var deleted = await client.DeleteObjectsAsync(new DeleteObjectsRequest
                {
                    BucketName = bucket,
                    Objects = keys.Select(o => new KeyVersion { Key = o.Key }).ToList(),
                }, cancellationToken).ConfigureAwait(false);
                if (deleted.DeleteErrors is { Count: > 0 } errors)
                {
                    throw new IOException($"The bucket kept {errors.Count} of the {keys.Count} objects under '{folder}': {errors[0].Key}: {errors[0].Code} {errors[0].Message}");
                }

                count += keys.Count;
            }

            token = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (token is not null);
        return count;
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();

    private string Full(string key) => prefix + ObjectKeys.Check(key);

    private static DateTimeOffset Time(DateTime? time) => time is { } t ? new DateTimeOffset(t.ToUniversalTime(), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".json" => "application/json",
        ".tif" or ".tiff" => "image/tiff",
        _ => "application/octet-stream",
    };
}
