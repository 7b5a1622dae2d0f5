package io.mediaflow.standalone.deployment;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A Maven pom.xml, queried by XPath without namespaces ({@code /project/artifactId}).
 */
final class PomFile {

	private final String path;

	private final Document document;

	private PomFile(String path, Document document) {
		this.path = path;
		this.document = document;
	}

	static PomFile load(String path) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder()
				.parse(new InputSource(new StringReader(RepositoryFiles.read(path))));
			return new PomFile(path, document);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
	}

	String path() {
		return this.path;
	}

	String text(String xpath) {
		return values(xpath).stream().findFirst().orElse("");
	}

	List<String> values(String xpath) {
		try {
			NodeList nodes = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate(xpath, this.document, XPathConstants.NODESET);
			List<String> values = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				values.add(nodes.item(i).getTextContent().strip());
			}
			return values;
		}
		catch (XPathExpressionException ex) {
			throw new IllegalArgumentException(xpath, ex);
		}
	}

}
