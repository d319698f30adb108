package main

// This file holds GetObjectAttributes (GET ?attributes): the attributes
// named in x-amz-object-attributes — ETag, Checksum, ObjectParts,
// StorageClass, ObjectSize — without the object's bytes. ObjectParts of a
// multipart object carries PartsCount and, when its parts were uploaded
// with checksums, the list of parts (number, size, checksums), paged by
// the x-amz-max-parts and x-amz-part-number-marker headers as S3 does.

import (
	"encoding/xml"
	"net/http"
	"strconv"
	"strings"
)

// partPaging reads GetObjectAttributes' x-amz-max-parts (default and
// limit 1,000) and x-amz-part-number-marker (the last part number of the
// previous page, default 0).
func partPaging(h http.Header) (maxParts, marker int, err error) {
	maxParts = 1000
	if v := h.Get("X-Amz-Max-Parts"); v != "" {
		n, perr := strconv.Atoi(v)
		if perr != nil || n < 0 {
			return 0, 0, newS3Error(400, "InvalidArgument", "x-amz-max-parts must be a non-negative integer")
		}
		maxParts = min(n, 1000)
	}
	if v := h.Get("X-Amz-Part-Number-Marker"); v != "" {
		n, perr := strconv.Atoi(v)
		if perr != nil || n < 0 || n > maxPartNumber {
			return 0, 0, newS3Error(400, "InvalidArgument", "x-amz-part-number-marker must be an integer between 0 and 10000")
		}
		marker = n
	}
	return maxParts, marker, nil
}

// s3ChecksumNames maps a stored checksum algorithm to its XML element.
var s3ChecksumNames = map[string]string{
	"crc32": "ChecksumCRC32", "crc32c": "ChecksumCRC32C", "crc64nvme": "ChecksumCRC64NVME",
	"sha1": "ChecksumSHA1", "sha256": "ChecksumSHA256",
}

func (s *S3) getObjectAttributes(req *s3Request) error {
	want := map[string]bool{}
	for _, v := range req.r.Header.Values("X-Amz-Object-Attributes") {
		for a := range strings.SplitSeq(v, ",") {
			if a = strings.TrimSpace(a); a != "" {
				want[a] = true
			}
		}
	}
	if len(want) == 0 {
		return newS3Error(400, "InvalidArgument", "The x-amz-object-attributes header specifying the attributes to be retrieved is either missing or empty")
	}
	for a := range want {
		switch a {
		case "ETag", "Checksum", "ObjectParts", "StorageClass", "ObjectSize":
		default:
			return newS3Error(400, "InvalidArgument", "Invalid attribute name specified: "+a)
		}
	}
	o, err := s.store.Get(req.bucket, req.key)
	if err != nil {
		return err
	}
	type checksum struct {
		XMLName xml.Name
		Value   string `xml:",chardata"`
	}
	type partXML struct {
		ChecksumCRC32     string `xml:",omitempty"`
		ChecksumCRC32C    string `xml:",omitempty"`
		ChecksumCRC64NVME string `xml:",omitempty"`
		ChecksumSHA1      string `xml:",omitempty"`
		ChecksumSHA256    string `xml:",omitempty"`
		PartNumber        int
		Size              int64
	}
	type parts struct {
		IsTruncated          *bool `xml:",omitempty"`
		MaxParts             *int  `xml:",omitempty"`
		NextPartNumberMarker *int  `xml:",omitempty"`
		PartNumberMarker     *int  `xml:",omitempty"`
		Part                 []partXML
		PartsCount           int
	}
	out := struct {
		XMLName      xml.Name   `xml:"GetObjectAttributesResponse"`
		XMLNS        string     `xml:"xmlns,attr"`
		ETag         string     `xml:",omitempty"`
		Checksum     []checksum `xml:"Checksum>Sum,omitempty"`
		ObjectParts  *parts     `xml:",omitempty"`
		StorageClass string     `xml:",omitempty"`
		ObjectSize   *int64     `xml:",omitempty"`
	}{XMLNS: s3XMLNS}
	if want["ETag"] {
		out.ETag = strings.Trim(o.ETag, `"`) // unquoted here, unlike every header
	}
	if want["Checksum"] {
		for alg, v := range o.StoredChecksums() {
			if name, ok := s3ChecksumNames[alg]; ok {
				out.Checksum = append(out.Checksum, checksum{XMLName: xml.Name{Local: name}, Value: v})
			}
		}
		if len(out.Checksum) > 0 {
			out.Checksum = append(out.Checksum, checksum{XMLName: xml.Name{Local: "ChecksumType"}, Value: "FULL_OBJECT"})
		}
	}
	if want["ObjectParts"] && o.Parts > 0 {
		out.ObjectParts = &parts{PartsCount: o.Parts}
		if len(o.PartChecksums) == len(o.PartSizes) && len(o.PartSizes) > 0 {
			maxParts, marker, err := partPaging(req.r.Header)
			if err != nil {
				return err
			}
			p := out.ObjectParts
			truncated := false
			for i := marker; i < len(o.PartSizes); i++ {
				if len(p.Part) == maxParts {
					truncated = true
					break
				}
				sums := o.PartChecksums[i]
				p.Part = append(p.Part, partXML{ChecksumCRC32: sums["crc32"], ChecksumCRC32C: sums["crc32c"], ChecksumCRC64NVME: sums["crc64nvme"],
					ChecksumSHA1: sums["sha1"], ChecksumSHA256: sums["sha256"], PartNumber: i + 1, Size: o.PartSizes[i]})
			}
			next := marker + len(p.Part)
			p.IsTruncated, p.MaxParts, p.PartNumberMarker, p.NextPartNumberMarker = &truncated, &maxParts, &marker, &next
		}
	}
	if want["StorageClass"] {
		out.StorageClass = "STANDARD"
	}
	if want["ObjectSize"] {
		n := o.Size()
		out.ObjectSize = &n
	}
	req.w.Header().Set("Last-Modified", o.LastModified.UTC().Format(http.TimeFormat))
	writeXML(req.w, 200, out)
	return nil
}
